import type { z } from 'zod/mini';
import { fitText } from '../fit-text';
import { blankOpinionV2, type CompareV2, compareV2, EMPTY_COMPARE_V2, opinionV2 } from './versions/v2';

export const MAX_OPINIONS = 3;
export const MIN_OPINIONS = 2;
export const MAX_FIELD_LENGTH = 3000;

/** Every thing noted about one opinion; the order is the order of the rows in the comparison. */
export const OPINION_FIELDS = [
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
] as const;
export type OpinionField = (typeof OPINION_FIELDS)[number];
export const WHO_FIELDS = ['name', 'specialty', 'clinic', 'date'] as const;
export type WhoField = (typeof WHO_FIELDS)[number];

export const PLAN_TYPES = [
  'surgery',
  'medicine',
  'radiation-or-chemotherapy',
  'therapy-or-rehabilitation',
  'watch-and-wait',
  'other',
] as const;
export const CERTAINTY = ['very-sure', 'fairly-sure', 'unsure', 'did-not-say'] as const;
export const TIMING = ['within-days', 'within-weeks', 'within-months', 'no-set-time', 'did-not-say'] as const;
/** The rows answered by a fixed choice; they compare exactly. */
export const CHOICE_FIELDS = ['certainty', 'planType', 'timing'] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
/** A person's mark on a row: the doctors agree (yes), partly agree, or differ (no). */
export const MARKS = ['yes', 'partly', 'no'] as const;
export type Mark = (typeof MARKS)[number];
export const IMPORTANCE = [0, 1, 2, 3] as const;
export const RATINGS = [1, 2, 3, 4, 5] as const;

export type TextField = Exclude<WhoField | OpinionField, ChoiceField>;
/** The most characters each typed field keeps. */
export const FIELD_LIMITS: Record<TextField, number> = {
  name: 120,
  specialty: 120,
  clinic: 160,
  date: 40,
  diagnosis: MAX_FIELD_LENGTH,
  plan: MAX_FIELD_LENGTH,
  start: MAX_FIELD_LENGTH,
  results: MAX_FIELD_LENGTH,
  risks: MAX_FIELD_LENGTH,
  recovery: MAX_FIELD_LENGTH,
  visits: MAX_FIELD_LENGTH,
  cost: MAX_FIELD_LENGTH,
  notes: MAX_FIELD_LENGTH,
};
/** The shape in use: the latest version (see ./data.ts for every version and the steps between them). */
export const opinionSchema = opinionV2;
export type Opinion = z.infer<typeof opinionSchema>;
export const compareStateSchema = compareV2;
export type CompareState = CompareV2;

export const emptyOpinion: (id: string) => Opinion = blankOpinionV2;
export const EMPTY_COMPARE: CompareState = EMPTY_COMPARE_V2;

/** A new opinion's id: the lowest opinion-N not in use, so labels stay short and stable. */
function nextId(opinions: Opinion[]): string {
  for (let n = 1; ; n += 1) if (!opinions.some((o) => o.id === `opinion-${n}`)) return `opinion-${n}`;
}

export function addOpinion(state: CompareState): CompareState {
  if (state.opinions.length >= MAX_OPINIONS) return state;
  return { ...state, opinions: [...state.opinions, emptyOpinion(nextId(state.opinions))] };
}

/** Removes an opinion and its ratings; at least two always stay, since a comparison needs two. */
export function removeOpinion(state: CompareState, id: string): CompareState {
  if (state.opinions.length <= MIN_OPINIONS) return state;
  const ratings = { ...state.ratings };
  delete ratings[id];
  return { ...state, opinions: state.opinions.filter((o) => o.id !== id), ratings };
}

export const isTextField = (field: WhoField | OpinionField): field is TextField => field in FIELD_LIMITS;

/** Sets one field of one opinion. Typed text past the field's limit is cut to fit, never dropped whole. */
export function updateOpinion<K extends WhoField | OpinionField>(
  state: CompareState,
  id: string,
  field: K,
  value: Opinion[K],
): CompareState {
  const fitted =
    isTextField(field) && typeof value === 'string' ? fitText(value, FIELD_LIMITS[field]).text : value;
  const parsed = opinionSchema.shape[field].safeParse(fitted);
  if (!parsed.success) return state;
  return {
    ...state,
    opinions: state.opinions.map((o) => (o.id === id ? { ...o, [field]: parsed.data } : o)),
  };
}

/** The person's own mark on one row; it wins over any suggestion. */
export function setMark(state: CompareState, row: OpinionField, value: Mark): CompareState {
  return { ...state, marks: { ...state.marks, [row]: value } };
}

export function setImportance(
  state: CompareState,
  factorId: string,
  value: (typeof IMPORTANCE)[number],
): CompareState {
  return { ...state, importance: { ...state.importance, [factorId]: value } };
}

export function setRating(
  state: CompareState,
  opinionId: string,
  factorId: string,
  value: (typeof RATINGS)[number],
): CompareState {
  return {
    ...state,
    ratings: { ...state.ratings, [opinionId]: { ...state.ratings[opinionId], [factorId]: value } },
  };
}

export function answerCompareSure(state: CompareState, id: string, value: 'yes' | 'no'): CompareState {
  return { ...state, sure: { ...state.sure, [id]: value } };
}

const isFilled = (o: Opinion) => [...WHO_FIELDS, ...OPINION_FIELDS].some((f) => o[f].trim() !== '');

/** True when anything has been typed or chosen, so pages know whether a comparison exists. */
export function hasComparison(state: CompareState): boolean {
  return state.opinions.some(isFilled);
}

/** True when removing this opinion would lose something: a field filled in or a rating given. */
export function opinionHasContent(state: CompareState, id: string): boolean {
  const opinion = state.opinions.find((o) => o.id === id);
  return !!opinion && (isFilled(opinion) || Object.keys(state.ratings[id] ?? {}).length > 0);
}
