import { QuestionsPage, questionsMetadata } from '@/components/pages/prepare-pages';

export const metadata = questionsMetadata('en');

export default function Page() {
  return <QuestionsPage locale="en" />;
}
