import { ComparePage, compareMetadata } from '@/components/pages/compare-pages';

export const metadata = compareMetadata('es');

export default function Page() {
  return <ComparePage locale="es" />;
}
