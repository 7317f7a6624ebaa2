import { OldGuidePage, movedPageMetadata } from '@/components/pages/moved-guide-page';

export const metadata = movedPageMetadata('es');

export default function Page() {
  return <OldGuidePage locale="es" fragment="emergency" to="emergency" />;
}
