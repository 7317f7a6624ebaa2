import { SideBySidePage, sideBySideMetadata } from '@/components/pages/compare-pages';

export const metadata = sideBySideMetadata('en');

export default function Page() {
  return <SideBySidePage locale="en" />;
}
