// Frozen: the wizard's answers with the optional decision steps (stored as `sog.guide` version 2,
// shared in v2 links). Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';

const id = z.string().check(z.maxLength(80));

const matters = z.enum(['sure-of-diagnosis', 'start-sooner', 'cost-and-travel', 'known-doctor']);

export const guideV2 = z.strictObject({
  perspective: z.nullable(z.enum(['self', 'child', 'other'])),
  answers: z.record(id, z.string().check(z.maxLength(80))),
  sure: z.record(id, z.enum(['yes', 'no'])),
  decision: z.strictObject({
    // Each choice at most once, so a repeated one is left out as it is read.
    matters: z.optional(
      z.array(matters).check(
        z.maxLength(4),
        z.refine((list) => new Set(list).size === list.length),
      ),
    ),
    others: z.optional(z.enum(['none', 'lean-second', 'lean-ahead', 'lean-unsure'])),
    pressure: z.optional(z.enum(['yes', 'no', 'not-sure'])),
    role: z.optional(z.enum(['alone', 'shared', 'others'])),
  }),
});
export type GuideV2 = z.infer<typeof guideV2>;

export const EMPTY_GUIDE_V2: GuideV2 = { perspective: null, answers: {}, sure: {}, decision: {} };
