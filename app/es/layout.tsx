import type { ReactNode } from 'react';
import { layoutMetadata, RootLayout, viewport } from '@/components/layout/root-layout';
import '../globals.css';

export const metadata = layoutMetadata('es');
export { viewport };

export default function Layout({ children }: { children: ReactNode }) {
  return <RootLayout locale="es">{children}</RootLayout>;
}
