import type { Metadata } from 'next';
import { QuestionsView } from '@/components/questions/questions-view';
import { getContent } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Questions to ask',
  description:
    'Pick the questions to ask at a second opinion, add your own, put them in order and print them.',
};

export default function QuestionsPage() {
  return <QuestionsView topics={getContent().questionTopics} />;
}
