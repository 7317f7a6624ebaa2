import { WeighPage, weighMetadata } from '@/components/pages/weigh-page';

export const metadata = weighMetadata('es');

export default function Page() {
  return <WeighPage locale="es" />;
}
