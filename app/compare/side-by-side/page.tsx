import type { Metadata } from 'next';
import { CompareSteps } from '@/components/compare/compare-steps';
import { SideBySide } from '@/components/compare/side-by-side';
import { getContent } from '@/lib/content';

export const metadata: Metadata = {
  title: 'The opinions side by side',
  description: 'See where the doctors agree and differ, and what to do next.',
};

export default function SideBySidePage() {
  return (
    <>
      <CompareSteps current="/compare/side-by-side" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">The opinions side by side</h1>
      <SideBySide words={getContent().compare} />
    </>
  );
}
