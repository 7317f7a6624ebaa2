import { setRequestLocale } from 'next-intl/server';
import { GuideWizard } from '@/components/guide/guide-wizard';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getRules } from '@/lib/content';
import { EMERGENCY_ID } from '@/lib/engine';
import { type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

const TITLE = 'Should I get a second opinion?';

export const guideMetadata = (locale: Locale) =>
  pageMetadata(locale, '/guide', {
    title: TITLE,
    description:
      'Decide whether to ask another doctor to review a diagnosis or treatment plan. Answer a few short questions to see which of the usual reasons apply.',
  });

export function GuidePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const rules = getRules(locale);
  // Only what the views need: wording and answers, not the explanations and weights used for the result.
  const triggers = rules.triggers.map(({ id, order, perspectives, askWhen, question, hint, answers }) => ({
    id,
    order,
    perspectives,
    ...(askWhen ? { askWhen } : {}),
    question,
    hint,
    answers: answers.map(({ value, label }) => ({ value, label })),
  }));
  const emergency = {
    summary: rules.levels.urgent.summary,
    html: rules.triggers.find((t) => t.id === EMERGENCY_ID)?.explanation ?? '',
  };
  return (
    <ClientMessages locale={locale} namespaces={['guide', 'ui']}>
      <GuideWizard
        triggers={triggers}
        emergency={emergency}
        title={TITLE}
        intro={
          <p className="mb-8 max-w-prose text-lg">
            This guide helps you decide whether to ask another doctor to look at the diagnosis or plan before
            treatment. Going ahead with the current plan is also a reasonable choice.
          </p>
        }
      >
        <section aria-labelledby="about-questions" className="mt-12 max-w-prose border-t border-line pt-6">
          <h2 id="about-questions" className="text-xl font-bold">
            About these questions
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>
              There are up to {rules.triggers.length} short questions, one at a time. Most people finish in
              about 3 minutes.
            </li>
            <li>
              Then there are 4 optional questions about what matters to you and how you want to decide. You
              can skip them.
            </li>
            <li>
              At the end you see which common reasons for a second opinion apply, why, and what to do next.
            </li>
            <li>Your answers stay on this device. Nothing is sent anywhere.</li>
            <li>This is not a diagnosis and does not replace your doctor.</li>
          </ul>
        </section>
      </GuideWizard>
    </ClientMessages>
  );
}
