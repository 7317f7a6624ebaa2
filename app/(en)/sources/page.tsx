import { SourcesPage, sourcesMetadata } from '@/components/pages/learn-pages';

export const generateMetadata = () => sourcesMetadata('en');

export default function Page() {
  return <SourcesPage locale="en" />;
}
