import type { CompareState } from '../compare/state';
import { fitText } from '../fit-text';
import type { QuestionsState } from '../questions/state';
import {
  DEFAULT_RECORDS,
  DETAIL_LIMITS,
  type LetterDetails,
  type RecordFormat,
  type RecordType,
  type TextDetail,
} from './state';

/** Every detail a letter reads, each either the person's own or filled in from the guide's other tools. */
export type ResolvedDetails = Record<TextDetail, string> & {
  records: RecordType[];
  format: RecordFormat | '';
};
export type Prefill = Partial<Record<TextDetail, string>>;

const TEXT_DETAILS = Object.keys(DETAIL_LIMITS) as TextDetail[];

/**
 * What the guide's other tools already hold: the first opinion in the comparison (its doctor,
 * diagnosis and plan) and the chosen questions, one a line (`questionTexts` words the bank's questions).
 */
export function prefillDetails(
  compare: CompareState,
  questions: QuestionsState,
  questionTexts: Readonly<Record<string, string>>,
): Prefill {
  const first = compare.opinions[0];
  return {
    firstDoctor: first
      ? [first.name, first.clinic]
          .map((part) => part.trim())
          .filter(Boolean)
          .join(', ')
      : '',
    diagnosis: first?.diagnosis.trim() ?? '',
    plan: first?.plan.trim() ?? '',
    questions: questions.chosen
      .map((question) => (question.text ?? questionTexts[question.id] ?? '').trim())
      .filter(Boolean)
      .join('\n'),
  };
}

/**
 * The details as the page shows them: what the person typed where they typed it (even an emptied
 * field), and elsewhere what the guide can fill in. Filled-in values are shown, never stored, so they
 * follow later changes until the person edits that field.
 */
export function resolveDetails(saved: LetterDetails, prefill: Prefill): ResolvedDetails {
  const text = Object.fromEntries(
    TEXT_DETAILS.map((field) => [
      field,
      saved[field] ?? fitText(prefill[field] ?? '', DETAIL_LIMITS[field]).text,
    ]),
  ) as Record<TextDetail, string>;
  return { ...text, records: [...(saved.records ?? DEFAULT_RECORDS)], format: saved.format ?? '' };
}
