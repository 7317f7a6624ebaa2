import { GuidePage, guideMetadata } from '@/components/pages/guide-pages';

export const metadata = guideMetadata('es');

export default function Page() {
  return <GuidePage locale="es" />;
}
