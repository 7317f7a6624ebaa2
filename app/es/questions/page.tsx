import { QuestionsPage, questionsMetadata } from '@/components/pages/questions-page';

export const metadata = questionsMetadata('es');

export default function Page() {
  return <QuestionsPage locale="es" />;
}
