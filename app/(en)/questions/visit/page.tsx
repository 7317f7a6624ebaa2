import { VisitPage, visitMetadata } from '@/components/pages/prepare-pages';

export const metadata = visitMetadata('en');

export default function Page() {
  return <VisitPage locale="en" />;
}
