import { OldGuidePage, movedPageMetadata } from '@/components/pages/guide-pages';

export const metadata = movedPageMetadata('en');

export default function Page() {
  return <OldGuidePage locale="en" fragment="check" to="Check your answers" />;
}
