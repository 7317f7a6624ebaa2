import { LetterPage, letterMetadata } from '@/components/pages/letter-page';

export const metadata = letterMetadata('es', 'records-request');

export default function Page() {
  return <LetterPage locale="es" kind="records-request" />;
}
