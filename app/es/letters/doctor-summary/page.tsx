import { LetterPage, letterMetadata } from '@/components/pages/letter-page';

export const metadata = letterMetadata('es', 'doctor-summary');

export default function Page() {
  return <LetterPage locale="es" kind="doctor-summary" />;
}
