import { PrivacyPage, standingPageMetadata } from '@/components/pages/learn-pages';

export const metadata = standingPageMetadata('es', 'privacy');

export default function Page() {
  return <PrivacyPage locale="es" />;
}
