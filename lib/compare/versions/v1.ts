// Frozen: the comparison of opinions as released in 0.1 (stored as `sog.compare` version 1, shared in
// v1 links). Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';
import { uniqueBy } from '../../storage/unique';

const text = z.string().check(z.maxLength(3000));
const short = (max: number) => z.string().check(z.maxLength(max));
const key = short(80);
const yesNo = z.enum(['yes', 'no']);
const agreement = z.nullable(z.enum(['yes', 'partly', 'no']));

export const opinionV1 = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  name: short(120),
  specialty: short(120),
  clinic: short(160),
  date: short(40),
  diagnosis: text,
  certainty: z.union([z.enum(['very-sure', 'fairly-sure', 'unsure', 'did-not-say']), z.literal('')]),
  plan: text,
  planType: z.union([
    z.enum([
      'surgery',
      'medicine',
      'radiation-or-chemotherapy',
      'therapy-or-rehabilitation',
      'watch-and-wait',
      'other',
    ]),
    z.literal(''),
  ]),
  start: text,
  results: text,
  risks: text,
  recovery: text,
  visits: text,
  cost: text,
  notes: text,
});

export const compareV1 = z.strictObject({
  opinions: z.array(opinionV1).check(
    z.minLength(2),
    z.maxLength(3),
    uniqueBy((o: { id: string }) => o.id),
  ),
  agreement: z.strictObject({ diagnosis: agreement, plan: agreement }),
  /** How much each thing matters to the person, 0 (not at all) to 3 (a lot), by factor id. */
  importance: z.record(key, z.literal([0, 1, 2, 3])),
  /** ratings[opinionId][factorId]: how well that plan does on it in the person's view, 1 to 5. */
  ratings: z.record(key, z.record(key, z.literal([1, 2, 3, 4, 5]))),
  sure: z.record(key, yesNo),
});
export type CompareV1 = z.infer<typeof compareV1>;

const blank = (id: string) => ({
  id,
  name: '',
  specialty: '',
  clinic: '',
  date: '',
  diagnosis: '',
  certainty: '' as const,
  plan: '',
  planType: '' as const,
  start: '',
  results: '',
  risks: '',
  recovery: '',
  visits: '',
  cost: '',
  notes: '',
});

export const EMPTY_COMPARE_V1: CompareV1 = {
  opinions: [blank('opinion-1'), blank('opinion-2')],
  agreement: { diagnosis: null, plan: null },
  importance: {},
  ratings: {},
  sure: {},
};
