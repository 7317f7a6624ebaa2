import { LearnIndex, learnMetadata } from '@/components/pages/learn-index-page';

export const generateMetadata = () => learnMetadata('es');

export default function Page() {
  return <LearnIndex locale="es" />;
}
