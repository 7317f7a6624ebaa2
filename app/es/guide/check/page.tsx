import { OldGuidePage, movedPageMetadata } from '@/components/pages/guide-pages';

export const metadata = movedPageMetadata('es');

export default function Page() {
  return <OldGuidePage locale="es" fragment="check" to="Check your answers" />;
}
