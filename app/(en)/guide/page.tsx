import { GuidePage, guideMetadata } from '@/components/pages/guide-pages';

export const metadata = guideMetadata('en');

export default function Page() {
  return <GuidePage locale="en" />;
}
