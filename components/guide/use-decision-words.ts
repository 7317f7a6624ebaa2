import { useTranslations } from 'next-intl';
import type { DecisionWords } from '@/lib/guide/decision';

/** The optional steps' words in the page's language, as the lookup lib/guide/decision takes. */
export function useDecisionWords(): DecisionWords {
  const t = useTranslations('guide.decision');
  // The keys are built from the stored ids; tests/unit/guide-decision.test.ts checks each one exists.
  return (key) => t(key as Parameters<typeof t>[0]);
}
