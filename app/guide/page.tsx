import type { Metadata } from 'next';
import { PerspectiveStep } from '@/components/guide/perspective-step';
import { BackLink } from '@/components/ui/back-link';
import { getRules } from '@/lib/content';
import { routingView } from '@/lib/engine';

export const metadata: Metadata = {
  title: 'Should I get a second opinion?',
  description: 'Answer a few short questions to see which of the usual reasons for a second opinion apply.',
};

export default function GuideStartPage() {
  const rules = getRules();
  const routing = routingView(rules);
  return (
    <>
      <BackLink href="/">Home</BackLink>
      <PerspectiveStep routing={routing} />
      <section aria-labelledby="about-questions" className="mt-12 max-w-prose border-t border-line pt-6">
        <h2 id="about-questions" className="text-xl font-bold">
          About these questions
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>
            There are up to {rules.triggers.length} short questions, one on each page. Most people finish in
            about 3 minutes.
          </li>
          <li>
            At the end you see which common reasons for a second opinion apply, why, and what to do next.
          </li>
          <li>Your answers stay on this device. Nothing is sent anywhere.</li>
          <li>This is not a diagnosis and does not replace your doctor.</li>
        </ul>
      </section>
    </>
  );
}
