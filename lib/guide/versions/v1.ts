// Frozen: the wizard's answers as released in 0.1 (stored as `sog.guide` version 1, shared in v1 links).
// Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';

const id = z.string().check(z.maxLength(80));

export const guideV1 = z.strictObject({
  perspective: z.nullable(z.enum(['self', 'child', 'other'])),
  answers: z.record(id, z.string().check(z.maxLength(80))),
  sure: z.record(id, z.enum(['yes', 'no'])),
});
export type GuideV1 = z.infer<typeof guideV1>;

export const EMPTY_GUIDE_V1: GuideV1 = { perspective: null, answers: {}, sure: {} };
