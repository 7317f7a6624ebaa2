import { LetterPage, letterMetadata } from '@/components/pages/letter-page';

export const metadata = letterMetadata('en', 'doctor-summary');

export default function Page() {
  return <LetterPage locale="en" kind="doctor-summary" />;
}
