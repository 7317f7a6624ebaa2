import type { Metadata } from 'next';
import { ResultView } from '@/components/guide/result-view';
import { getContent, getOptions } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Your result',
  description: 'Which of the usual reasons for a second opinion apply, why, and what to do next.',
};

export default function ResultPage() {
  const { rules, sources } = getContent();
  return (
    <ResultView rules={rules} grid={getOptions()} sureSource={sources.find((s) => s.id === 'sure-test')} />
  );
}
