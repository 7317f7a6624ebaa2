import { PreparePage, prepareMetadata } from '@/components/pages/prepare-pages';

export const metadata = prepareMetadata('en');

export default function Page() {
  return <PreparePage locale="en" />;
}
