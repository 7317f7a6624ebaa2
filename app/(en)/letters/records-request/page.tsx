import { LetterPage, letterMetadata } from '@/components/pages/letter-page';

export const metadata = letterMetadata('en', 'records-request');

export default function Page() {
  return <LetterPage locale="en" kind="records-request" />;
}
