import { VisitPage, visitMetadata } from '@/components/pages/visit-page';

export const metadata = visitMetadata('en');

export default function Page() {
  return <VisitPage locale="en" />;
}
