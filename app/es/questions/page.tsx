import { QuestionsPage, questionsMetadata } from '@/components/pages/prepare-pages';

export const metadata = questionsMetadata('es');

export default function Page() {
  return <QuestionsPage locale="es" />;
}
