import { QuestionsPage, questionsMetadata } from '@/components/pages/questions-page';

export const metadata = questionsMetadata('en');

export default function Page() {
  return <QuestionsPage locale="en" />;
}
