import { AboutPage, standingPageMetadata } from '@/components/pages/learn-pages';

export const metadata = standingPageMetadata('es', 'about');

export default function Page() {
  return <AboutPage locale="es" />;
}
