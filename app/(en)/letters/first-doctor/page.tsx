import { LetterPage, letterMetadata } from '@/components/pages/letter-page';

export const metadata = letterMetadata('en', 'first-doctor');

export default function Page() {
  return <LetterPage locale="en" kind="first-doctor" />;
}
