import { PreparePage, prepareMetadata } from '@/components/pages/prepare-page';

export const metadata = prepareMetadata('en');

export default function Page() {
  return <PreparePage locale="en" />;
}
