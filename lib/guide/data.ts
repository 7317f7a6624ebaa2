import type { Feature } from '../storage/feature';
import { GUIDE_KEY } from './paths';
import { EMPTY_GUIDE, type GuideState, hasDecision } from './state';
import { EMPTY_GUIDE_V1, type GuideV1, guideV1 } from './versions/v1';
import { EMPTY_GUIDE_V2, type GuideV2, guideV2 } from './versions/v2';

export const guideData = {
  kind: 'guide',
  key: GUIDE_KEY,
  versions: [
    { version: 1, schema: guideV1, empty: EMPTY_GUIDE_V1 },
    // 2 adds the optional steps on what matters, who else decides and how; none answered yet.
    {
      version: 2,
      schema: guideV2,
      empty: EMPTY_GUIDE_V2,
      up: (old: GuideV1): GuideV2 => ({ ...old, decision: {} }),
    },
  ],
  empty: EMPTY_GUIDE,
  parts: { perspective: true, answers: true, sure: true, decision: true },
  holdsData: (value) =>
    value.perspective !== null ||
    Object.keys(value.answers).length > 0 ||
    Object.keys(value.sure).length > 0 ||
    hasDecision(value.decision),
} satisfies Feature<'guide', GuideState>;
