import { ComparePage, compareMetadata } from '@/components/pages/compare-page';

export const metadata = compareMetadata('es');

export default function Page() {
  return <ComparePage locale="es" />;
}
