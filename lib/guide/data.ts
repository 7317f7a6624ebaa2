import type { Feature } from '../storage/feature';
import { EMPTY_GUIDE, type GuideState } from './state';
import { EMPTY_GUIDE_V1, guideV1 } from './versions/v1';

export const guideData = {
  kind: 'guide',
  key: 'sog.guide',
  what: 'your answers to the questions',
  versions: [{ version: 1, schema: guideV1, empty: EMPTY_GUIDE_V1 }],
  empty: EMPTY_GUIDE,
  parts: {
    perspective: ['answer about who you are asking for', 'answers about who you are asking for'],
    answers: ['answer to a question', 'answers to questions'],
    sure: ['answer to the SURE check', 'answers to the SURE check'],
  },
  holdsData: (value) =>
    value.perspective !== null || Object.keys(value.answers).length > 0 || Object.keys(value.sure).length > 0,
} satisfies Feature<'guide', GuideState>;
