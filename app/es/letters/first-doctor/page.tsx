import { LetterPage, letterMetadata } from '@/components/pages/letter-page';

export const metadata = letterMetadata('es', 'first-doctor');

export default function Page() {
  return <LetterPage locale="es" kind="first-doctor" />;
}
