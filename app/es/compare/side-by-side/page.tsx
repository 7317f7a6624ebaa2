import { SideBySidePage, sideBySideMetadata } from '@/components/pages/compare-pages';

export const metadata = sideBySideMetadata('es');

export default function Page() {
  return <SideBySidePage locale="es" />;
}
