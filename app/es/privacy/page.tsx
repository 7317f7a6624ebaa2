import { PrivacyPage } from '@/components/pages/privacy-page';
import { standingPageMetadata } from '@/components/pages/standing-page-metadata';

export const metadata = standingPageMetadata('es', 'privacy');

export default function Page() {
  return <PrivacyPage locale="es" />;
}
