import type { Metadata } from 'next';
import { CompareSteps } from '@/components/compare/compare-steps';
import { OpinionsEditor } from '@/components/compare/opinions-editor';
import { getContent } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Compare opinions',
  description:
    'Write down what two or three doctors said, then see them side by side and weigh what matters to you.',
};

export default function ComparePage() {
  const { compare, questionTopics } = getContent();
  return (
    <>
      <CompareSteps current="/compare" />
      <h1 id="opinions-title" tabIndex={-1} className="text-3xl font-bold leading-tight sm:text-4xl">
        {compare.title}
      </h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{compare.description}</p>
      {/* Sanitised at build time by lib/content. */}
      <div className="prose-content mt-4" dangerouslySetInnerHTML={{ __html: compare.intro }} />
      <p className="max-w-prose">
        Everything you type is saved on this device as you go. All fields are optional.
      </p>
      <OpinionsEditor words={compare} topics={questionTopics} />
    </>
  );
}
