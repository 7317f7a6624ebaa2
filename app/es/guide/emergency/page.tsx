import { OldGuidePage, movedPageMetadata } from '@/components/pages/guide-pages';

export const metadata = movedPageMetadata('es');

export default function Page() {
  return <OldGuidePage locale="es" fragment="emergency" to="Get emergency help now" />;
}
