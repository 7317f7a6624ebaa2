import { ComparePage, compareMetadata } from '@/components/pages/compare-pages';

export const metadata = compareMetadata('en');

export default function Page() {
  return <ComparePage locale="en" />;
}
