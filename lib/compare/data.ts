import type { Feature } from '../storage/feature';
import { type CompareState, EMPTY_COMPARE, hasComparison } from './state';
import { compareV1, EMPTY_COMPARE_V1 } from './versions/v1';

export const compareData = {
  kind: 'compare',
  key: 'sog.compare',
  versions: [{ version: 1, schema: compareV1, empty: EMPTY_COMPARE_V1 }],
  empty: EMPTY_COMPARE,
  parts: { opinions: true, agreement: true, importance: true, ratings: true, sure: true },
  holdsData: (value) =>
    hasComparison(value) ||
    value.agreement.diagnosis !== null ||
    value.agreement.plan !== null ||
    [value.importance, value.ratings, value.sure].some((part) => Object.keys(part).length > 0),
} satisfies Feature<'compare', CompareState>;
