import type { Metadata } from 'next';
import { CompareSteps } from '@/components/compare/compare-steps';
import { WeighView } from '@/components/compare/weigh-view';
import { getContent, getRules } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Weigh what matters to you',
  description: 'Say what matters most to you and how each plan does on it, and see your own weighing.',
};

export default function WeighPage() {
  const { compare, sources } = getContent();
  return (
    <>
      <CompareSteps current="/compare/weigh" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Weigh what matters to you</h1>
      <WeighView
        words={compare}
        sure={getRules().sure}
        sureSource={sources.find((s) => s.id === 'sure-test')}
      />
    </>
  );
}
