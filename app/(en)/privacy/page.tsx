import { PrivacyPage, standingPageMetadata } from '@/components/pages/learn-pages';

export const metadata = standingPageMetadata('en', 'privacy');

export default function Page() {
  return <PrivacyPage locale="en" />;
}
