import { SharedPage, sharedMetadata } from '@/components/pages/shared-page';

export const metadata = sharedMetadata('en');

export default function Page() {
  return <SharedPage locale="en" />;
}
