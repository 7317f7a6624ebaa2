import type { Metadata } from 'next';
import { ResultView } from '@/components/guide/result-view';
import { getContent, getOptions } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Your result',
  description: 'Which of the usual reasons for a second opinion apply, why, and what to do next.',
};

// The figures of the patient-initiated study the options table cites: they weigh the choice itself.
const RESULT_FIGURES = ['meyer-diagnosis', 'meyer-treatment'];

export default function ResultPage() {
  const { rules, sources, figures } = getContent();
  return (
    <ResultView
      rules={rules}
      grid={getOptions()}
      figures={figures.filter((figure) => RESULT_FIGURES.includes(figure.id))}
      sureSource={sources.find((s) => s.id === 'sure-test')}
    />
  );
}
