import { AboutPage, standingPageMetadata } from '@/components/pages/learn-pages';

export const metadata = standingPageMetadata('en', 'about');

export default function Page() {
  return <AboutPage locale="en" />;
}
