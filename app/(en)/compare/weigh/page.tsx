import { WeighPage, weighMetadata } from '@/components/pages/compare-pages';

export const metadata = weighMetadata('en');

export default function Page() {
  return <WeighPage locale="en" />;
}
