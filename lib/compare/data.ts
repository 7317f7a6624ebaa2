import type { Feature } from '../storage/feature';
import { type CompareState, EMPTY_COMPARE, hasComparison } from './state';
import { compareV1, EMPTY_COMPARE_V1 } from './versions/v1';

export const compareData = {
  kind: 'compare',
  key: 'sog.compare',
  what: 'your comparison of opinions',
  versions: [{ version: 1, schema: compareV1, empty: EMPTY_COMPARE_V1 }],
  empty: EMPTY_COMPARE,
  parts: {
    opinions: ['detail of an opinion', 'details of opinions'],
    agreement: ['answer about agreement', 'answers about agreement'],
    importance: ['answer about what matters to you', 'answers about what matters to you'],
    ratings: ['rating', 'ratings'],
    sure: ['answer to the SURE check', 'answers to the SURE check'],
  },
  holdsData: (value) =>
    hasComparison(value) ||
    value.agreement.diagnosis !== null ||
    value.agreement.plan !== null ||
    [value.importance, value.ratings, value.sure].some((part) => Object.keys(part).length > 0),
} satisfies Feature<'compare', CompareState>;
