import type { Feature } from '../storage/feature';
import { type CompareState, EMPTY_COMPARE, hasComparison } from './state';
import { type CompareV1, compareV1, EMPTY_COMPARE_V1 } from './versions/v1';
import { type CompareV2, compareV2, EMPTY_COMPARE_V2 } from './versions/v2';

/** Version 1's two answers (diagnosis, plan) become the marks on those rows; nothing else is marked. */
export function compareV1ToV2({ agreement, opinions, ...rest }: CompareV1): CompareV2 {
  const marks: CompareV2['marks'] = {};
  if (agreement.diagnosis !== null) marks.diagnosis = agreement.diagnosis;
  if (agreement.plan !== null) marks.plan = agreement.plan;
  return { ...rest, opinions: opinions.map((o) => ({ ...o, timing: '' })), marks };
}

export const compareData = {
  kind: 'compare',
  key: 'sog.compare',
  versions: [
    { version: 1, schema: compareV1, empty: EMPTY_COMPARE_V1 },
    // 2 replaces the two agreement answers with a mark per row, and adds timing as a fixed choice.
    { version: 2, schema: compareV2, empty: EMPTY_COMPARE_V2, up: compareV1ToV2 },
  ],
  empty: EMPTY_COMPARE,
  parts: { opinions: true, marks: true, importance: true, ratings: true, sure: true },
  holdsData: (value) =>
    hasComparison(value) ||
    [value.marks, value.importance, value.ratings, value.sure].some((part) => Object.keys(part).length > 0),
} satisfies Feature<'compare', CompareState>;
