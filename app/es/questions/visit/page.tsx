import { VisitPage, visitMetadata } from '@/components/pages/visit-page';

export const metadata = visitMetadata('es');

export default function Page() {
  return <VisitPage locale="es" />;
}
