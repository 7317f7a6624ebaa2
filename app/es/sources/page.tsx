import { SourcesPage, sourcesMetadata } from '@/components/pages/sources-page';

export const generateMetadata = () => sourcesMetadata('es');

export default function Page() {
  return <SourcesPage locale="es" />;
}
