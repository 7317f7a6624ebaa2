import { SourcesPage, sourcesMetadata } from '@/components/pages/sources-page';

export const generateMetadata = () => sourcesMetadata('en');

export default function Page() {
  return <SourcesPage locale="en" />;
}
