import { WeighPage, weighMetadata } from '@/components/pages/weigh-page';

export const generateMetadata = () => weighMetadata('en');

export default function Page() {
  return <WeighPage locale="en" />;
}
