import { ComparePage, compareMetadata } from '@/components/pages/compare-page';

export const generateMetadata = () => compareMetadata('es');

export default function Page() {
  return <ComparePage locale="es" />;
}
