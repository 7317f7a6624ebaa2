// Frozen: the question list and visit notes as released in 0.1 (stored as `sog.questions` version 1,
// shared in v1 links). Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';
import { uniqueBy } from '../../storage/unique';

const doctorId = z.enum(['a', 'b', 'c']);

export const questionsV1 = z.strictObject({
  /** The person's list, in their order: bank questions by id, their own with their text. */
  chosen: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1), z.maxLength(80)),
        text: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
      }),
    )
    .check(
      z.maxLength(200),
      uniqueBy((q: { id: string }) => q.id),
    ),
  /** Doctors seen in visit mode, with an optional name each ("Doctor A" when blank). */
  doctors: z.array(z.strictObject({ id: doctorId, name: z.string().check(z.maxLength(80)) })).check(
    z.minLength(1),
    z.maxLength(3),
    uniqueBy((d: { id: string }) => d.id),
  ),
  /** notes[questionId][doctorId]: what that doctor said. */
  notes: z.record(
    z.string().check(z.maxLength(80)),
    z.partialRecord(doctorId, z.string().check(z.maxLength(5000))),
  ),
});
export type QuestionsV1 = z.infer<typeof questionsV1>;

export const EMPTY_QUESTIONS_V1: QuestionsV1 = { chosen: [], doctors: [{ id: 'a', name: '' }], notes: {} };
