import { WeighPage, weighMetadata } from '@/components/pages/weigh-page';

export const metadata = weighMetadata('en');

export default function Page() {
  return <WeighPage locale="en" />;
}
