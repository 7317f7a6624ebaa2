// Frozen: the comparison with a mark per row and a fixed choice for timing (stored as `sog.compare`
// version 2, shared in v3 links). Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';
import { uniqueBy } from '../../storage/unique';

const text = z.string().check(z.maxLength(3000));
const short = (max: number) => z.string().check(z.maxLength(max));
const key = short(80);
const yesNo = z.enum(['yes', 'no']);

/** The rows of the comparison, which the person can mark. */
const row = z.enum([
  'diagnosis',
  'certainty',
  'plan',
  'planType',
  'start',
  'timing',
  'results',
  'risks',
  'recovery',
  'visits',
  'cost',
  'notes',
]);

export const opinionV2 = z.strictObject({
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
  /** How soon the doctor would start, as a fixed choice so that two opinions compare exactly. */
  timing: z.union([
    z.enum(['within-days', 'within-weeks', 'within-months', 'no-set-time', 'did-not-say']),
    z.literal(''),
  ]),
  results: text,
  risks: text,
  recovery: text,
  visits: text,
  cost: text,
  notes: text,
});

export const compareV2 = z.strictObject({
  opinions: z.array(opinionV2).check(
    z.minLength(2),
    z.maxLength(3),
    uniqueBy((o: { id: string }) => o.id),
  ),
  /** The person's own mark per row: do the doctors agree (yes), partly agree, or differ (no)? */
  marks: z.partialRecord(row, z.enum(['yes', 'partly', 'no'])),
  /** How much each thing matters to the person, 0 (not at all) to 3 (a lot), by factor id. */
  importance: z.record(key, z.literal([0, 1, 2, 3])),
  /** ratings[opinionId][factorId]: how well that plan does on it in the person's view, 1 to 5. */
  ratings: z.record(key, z.record(key, z.literal([1, 2, 3, 4, 5]))),
  sure: z.record(key, yesNo),
});
export type CompareV2 = z.infer<typeof compareV2>;

/** An opinion with nothing noted yet. */
export const blankOpinionV2 = (id: string): z.infer<typeof opinionV2> => ({
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
  timing: '' as const,
  results: '',
  risks: '',
  recovery: '',
  visits: '',
  cost: '',
  notes: '',
});

export const EMPTY_COMPARE_V2: CompareV2 = {
  opinions: [blankOpinionV2('opinion-1'), blankOpinionV2('opinion-2')],
  marks: {},
  importance: {},
  ratings: {},
  sure: {},
};
