import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Perspective } from '@/lib/engine';
import { decisionSummary } from '@/lib/guide/decision';
import type { GuideDecision } from '@/lib/guide/state';
import { localePath } from '@/lib/i18n/locales';
import { useDecisionWords } from './use-decision-words';

/** Where the optional steps start: a fragment of /guide, so the server never learns it was asked for. */
const DECISION_STEPS_PATH = '/guide#matters';

const HEADING_ID = 'what-matters-to-you';

/**
 * "What matters to you": the answers to the optional steps on what matters, who else decides and
 * how, said back in words with what each means for the choice. No score: these answers never reach
 * the engine. Renders nothing when none of the steps has an answer.
 */
export function DecisionSummary({
  perspective,
  decision,
}: {
  perspective: Perspective;
  decision: GuideDecision;
}) {
  const t = useTranslations('guide.summary');
  const locale = useLocale();
  const points = decisionSummary(perspective, decision, useDecisionWords());
  if (points.length === 0) return null;
  return (
    <section aria-labelledby={HEADING_ID} className="mt-10 max-w-prose">
      <h2 id={HEADING_ID} className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <ul className="mt-4 space-y-4">
        {points.map((point) => (
          <li key={point.said} className="border-l-4 border-line pl-4">
            <p className="font-bold">{point.said}</p>
            <p className="mt-1">{point.advice}</p>
          </li>
        ))}
      </ul>
      <p className="no-print mt-4">
        {/* Only there for some answers, so never fetched ahead: a request must not tell which. */}
        <Link href={localePath(locale, DECISION_STEPS_PATH)} prefetch={false}>
          {t('change')}
        </Link>
      </p>
    </section>
  );
}
