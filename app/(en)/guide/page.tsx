import { GuidePage, guideMetadata } from '@/components/pages/guide-page';

export const metadata = guideMetadata('en');

export default function Page() {
  return <GuidePage locale="en" />;
}
