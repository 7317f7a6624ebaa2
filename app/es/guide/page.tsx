import { GuidePage, guideMetadata } from '@/components/pages/guide-page';

export const metadata = guideMetadata('es');

export default function Page() {
  return <GuidePage locale="es" />;
}
