import { SharedPage, sharedMetadata } from '@/components/pages/shared-page';

export const metadata = sharedMetadata('es');

export default function Page() {
  return <SharedPage locale="es" />;
}
