import type { Metadata } from 'next';
import { SharedView } from '@/components/share/shared-view';
import { getContent, getOptions, getRules } from '@/lib/content';

export const metadata: Metadata = {
  title: 'A shared copy',
  description: 'A copy of answers, checklists, questions or a comparison that someone shared with you.',
};

export default function SharedPage() {
  const { checklists, questionTopics, compare } = getContent();
  return (
    <SharedView
      rules={getRules()}
      checklists={checklists}
      topics={questionTopics}
      compareWords={compare}
      grid={getOptions()}
    />
  );
}
