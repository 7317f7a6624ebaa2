import { LettersPage, lettersMetadata } from '@/components/pages/letters-page';

export const metadata = lettersMetadata('en');

export default function Page() {
  return <LettersPage locale="en" />;
}
