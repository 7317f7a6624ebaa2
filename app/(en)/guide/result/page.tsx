import { ResultPage, resultMetadata } from '@/components/pages/result-page';

export const metadata = resultMetadata('en');

export default function Page() {
  return <ResultPage locale="en" />;
}
