import { AboutPage } from '@/components/pages/about-page';
import { standingPageMetadata } from '@/components/pages/standing-page-metadata';

export const metadata = standingPageMetadata('es', 'about');

export default function Page() {
  return <AboutPage locale="es" />;
}
