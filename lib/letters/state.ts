import type { z } from 'zod/mini';
import { fitText } from '../fit-text';
import { EMPTY_LETTERS_V1, letterDetailsV1, type LettersV1, lettersV1 } from './versions/v1';

export const LETTER_KINDS = ['first-doctor', 'records-request', 'doctor-summary'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const RECORD_TYPES = [
  'visit-notes',
  'test-results',
  'imaging',
  'lab-pathology',
  'medicines',
  'procedure-notes',
  'other',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
/** What a records request asks for until the person changes the ticks: what a second doctor most often needs. */
export const DEFAULT_RECORDS: readonly RecordType[] = [
  'visit-notes',
  'test-results',
  'imaging',
  'lab-pathology',
];

export const RECORD_FORMATS = ['paper', 'electronic', 'disc-or-portal'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** The shape in use: the latest version (see ./data.ts for every version and the steps between them). */
export const lettersStateSchema = lettersV1;
export type LettersState = LettersV1;
export type LetterDetails = z.infer<typeof letterDetailsV1>;
export const EMPTY_LETTERS: LettersState = EMPTY_LETTERS_V1;

export type TextDetail = Exclude<keyof LetterDetails, 'records' | 'format'>;
/** The most characters each typed detail keeps (the same limits as the schema). */
export const DETAIL_LIMITS: Record<TextDetail, number> = {
  yourName: 120,
  patientName: 120,
  birthDate: 40,
  contact: 200,
  firstDoctor: 160,
  firstEmail: 254,
  secondEmail: 254,
  sendTo: 500,
  otherRecords: 300,
  from: 40,
  to: 40,
  diagnosis: 3000,
  plan: 3000,
  medicines: 3000,
  tests: 3000,
  questions: 5000,
};
export const MAX_LETTER_LENGTH = 10000;

/** Sets one typed detail; text past its limit is cut to fit, never dropped whole. */
export function setDetail(state: LettersState, field: TextDetail, value: string): LettersState {
  const { text } = fitText(value, DETAIL_LIMITS[field]);
  return { ...state, details: { ...state.details, [field]: text } };
}

export function setFormat(state: LettersState, format: RecordFormat | ''): LettersState {
  return { ...state, details: { ...state.details, format } };
}

/** Ticks or unticks one kind of record, starting from what the page showed (the defaults until changed). */
export function toggleRecord(state: LettersState, record: RecordType): LettersState {
  const shown = state.details.records ?? DEFAULT_RECORDS;
  const records = shown.includes(record) ? shown.filter((r) => r !== record) : [...shown, record];
  return {
    ...state,
    details: { ...state.details, records: RECORD_TYPES.filter((r) => records.includes(r)) },
  };
}

/** Keeps the person's own wording of one letter; from now on the details no longer rewrite it. */
export function setLetterText(state: LettersState, kind: LetterKind, value: string): LettersState {
  const { text } = fitText(value, MAX_LETTER_LENGTH);
  return { ...state, texts: { ...state.texts, [kind]: text } };
}

/** Drops the person's wording of one letter, so it is built from the details again. */
export function resetLetterText(state: LettersState, kind: LetterKind): LettersState {
  const texts = { ...state.texts };
  delete texts[kind];
  return { ...state, texts };
}

export const isLetterKind = (value: string): value is LetterKind =>
  (LETTER_KINDS as readonly string[]).includes(value);
