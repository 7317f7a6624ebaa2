import { SourcesPage, sourcesMetadata } from '@/components/pages/learn-pages';

export const generateMetadata = () => sourcesMetadata('es');

export default function Page() {
  return <SourcesPage locale="es" />;
}
