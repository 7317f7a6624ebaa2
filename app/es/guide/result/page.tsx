import { ResultPage, resultMetadata } from '@/components/pages/result-page';

export const metadata = resultMetadata('es');

export default function Page() {
  return <ResultPage locale="es" />;
}
