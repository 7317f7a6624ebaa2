import { LettersPage, lettersMetadata } from '@/components/pages/letters-page';

export const metadata = lettersMetadata('es');

export default function Page() {
  return <LettersPage locale="es" />;
}
