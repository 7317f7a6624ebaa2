import type { Agreement, CompareState, Opinion } from './state';

export type Outcome = 'confirmation' | 'adjustment' | 'disagreement';

/**
 * Names what the opinions add up to, from what the person said:
 * a different diagnosis is a disagreement; the same diagnosis and plan, a confirmation;
 * anything between (a refined diagnosis, or a different plan), an adjustment.
 */
export function classifyOutcome(agreement: CompareState['agreement']): Outcome | null {
  const { diagnosis, plan } = agreement;
  if (diagnosis === 'no') return 'disagreement';
  if (diagnosis === null || plan === null) return null;
  return diagnosis === 'yes' && plan === 'yes' ? 'confirmation' : 'adjustment';
}

/** A suggestion from the plan types only; the person decides. Null when a type is missing. */
export function suggestPlanAgreement(opinions: readonly Opinion[]): Agreement | null {
  const types = opinions.map((o) => o.planType);
  if (types.length < 2 || types.some((t) => t === '')) return null;
  const distinct = new Set(types).size;
  if (distinct === 1) return 'yes';
  return distinct < types.length ? 'partly' : 'no';
}

/** Whether the answers in one row differ between doctors, ignoring case, spacing and empty cells. */
export function rowDiffers(values: readonly string[]): boolean {
  const given = values.map((v) => v.trim().toLowerCase().replace(/\s+/g, ' ')).filter((v) => v !== '');
  return new Set(given).size > 1;
}
