import { LearnIndex, learnMetadata } from '@/components/pages/learn-pages';

export const generateMetadata = () => learnMetadata('es');

export default function Page() {
  return <LearnIndex locale="es" />;
}
