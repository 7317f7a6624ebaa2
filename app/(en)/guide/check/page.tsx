import { OldGuidePage, movedPageMetadata } from '@/components/pages/moved-guide-page';

export const metadata = movedPageMetadata('en');

export default function Page() {
  return <OldGuidePage locale="en" fragment="check" to="check" />;
}
