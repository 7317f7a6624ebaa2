import { PreparePage, prepareMetadata } from '@/components/pages/prepare-pages';

export const metadata = prepareMetadata('es');

export default function Page() {
  return <PreparePage locale="es" />;
}
