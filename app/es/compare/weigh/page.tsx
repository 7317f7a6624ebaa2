import { WeighPage, weighMetadata } from '@/components/pages/weigh-page';

export const generateMetadata = () => weighMetadata('es');

export default function Page() {
  return <WeighPage locale="es" />;
}
