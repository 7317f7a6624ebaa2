import { ComparePage, compareMetadata } from '@/components/pages/compare-page';

export const generateMetadata = () => compareMetadata('en');

export default function Page() {
  return <ComparePage locale="en" />;
}
