import { PreparePage, prepareMetadata } from '@/components/pages/prepare-page';

export const metadata = prepareMetadata('es');

export default function Page() {
  return <PreparePage locale="es" />;
}
