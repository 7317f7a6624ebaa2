import { WeighPage, weighMetadata } from '@/components/pages/compare-pages';

export const metadata = weighMetadata('es');

export default function Page() {
  return <WeighPage locale="es" />;
}
