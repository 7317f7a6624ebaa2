import { SharedPage, sharedMetadata } from '@/components/pages/share-pages';

export const metadata = sharedMetadata('en');

export default function Page() {
  return <SharedPage locale="en" />;
}
