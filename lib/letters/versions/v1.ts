// Frozen: the letters' details and edited wording as first released (stored as `sog.letters` version 1).
// Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';
import { uniqueBy } from '../../storage/unique';

const short = (max: number) => z.optional(z.string().check(z.maxLength(max)));

/**
 * What the person typed or chose. A field that is absent was never touched, so the page fills it from
 * the guide's other tools (the first opinion, the chosen questions); a present field, even empty, is theirs.
 */
export const letterDetailsV1 = z.strictObject({
  yourName: short(120),
  patientName: short(120),
  birthDate: short(40),
  contact: short(200),
  firstDoctor: short(160),
  firstEmail: short(254),
  secondEmail: short(254),
  sendTo: short(500),
  records: z.optional(
    z
      .array(
        z.enum([
          'visit-notes',
          'test-results',
          'imaging',
          'lab-pathology',
          'medicines',
          'procedure-notes',
          'other',
        ]),
      )
      .check(
        z.maxLength(7),
        uniqueBy((id: string) => id),
      ),
  ),
  otherRecords: short(300),
  from: short(40),
  to: short(40),
  format: z.optional(z.union([z.enum(['paper', 'electronic', 'disc-or-portal']), z.literal('')])),
  diagnosis: short(3000),
  plan: short(3000),
  medicines: short(3000),
  tests: short(3000),
  questions: short(5000),
});

const text = z.optional(z.string().check(z.maxLength(10000)));

export const lettersV1 = z.strictObject({
  details: letterDetailsV1,
  /** The wording the person edited, per letter; absent while the letter is still built from the details. */
  texts: z.strictObject({ 'first-doctor': text, 'records-request': text, 'doctor-summary': text }),
});
export type LettersV1 = z.infer<typeof lettersV1>;

export const EMPTY_LETTERS_V1: LettersV1 = { details: {}, texts: {} };
