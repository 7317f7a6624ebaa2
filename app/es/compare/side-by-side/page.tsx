import { SideBySidePage, sideBySideMetadata } from '@/components/pages/side-by-side-page';

export const generateMetadata = () => sideBySideMetadata('es');

export default function Page() {
  return <SideBySidePage locale="es" />;
}
