import { LearnIndex, learnMetadata } from '@/components/pages/learn-index-page';

export const generateMetadata = () => learnMetadata('en');

export default function Page() {
  return <LearnIndex locale="en" />;
}
