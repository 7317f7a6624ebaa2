import { PrivacyPage } from '@/components/pages/privacy-page';
import { standingPageMetadata } from '@/components/pages/standing-page-metadata';

export const metadata = standingPageMetadata('en', 'privacy');

export default function Page() {
  return <PrivacyPage locale="en" />;
}
