import { VisitPage, visitMetadata } from '@/components/pages/prepare-pages';

export const metadata = visitMetadata('es');

export default function Page() {
  return <VisitPage locale="es" />;
}
