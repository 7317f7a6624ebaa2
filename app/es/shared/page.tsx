import { SharedPage, sharedMetadata } from '@/components/pages/share-pages';

export const metadata = sharedMetadata('es');

export default function Page() {
  return <SharedPage locale="es" />;
}
