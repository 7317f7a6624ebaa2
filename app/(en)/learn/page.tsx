import { LearnIndex, learnMetadata } from '@/components/pages/learn-pages';

export const generateMetadata = () => learnMetadata('en');

export default function Page() {
  return <LearnIndex locale="en" />;
}
