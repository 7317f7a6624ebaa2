import type { OpinionField } from './state';

/** The comparison fields a visit note can go into: the typed ones (a fixed choice is never guessed from text). */
export type NoteField = Extract<
  OpinionField,
  'diagnosis' | 'plan' | 'start' | 'results' | 'risks' | 'recovery' | 'visits' | 'cost' | 'notes'
>;

/**
 * Which field a question's answer belongs in, by the question bank's topic (content/questions/*.md).
 * The second doctor's view and anything else not listed go to "Other notes".
 */
export const TOPIC_FIELDS: Readonly<Record<string, NoteField>> = {
  'the-diagnosis': 'diagnosis',
  'treatment-options': 'plan',
  'if-i-do-nothing': 'plan',
  timing: 'start',
  'results-and-success-rates': 'results',
  'risks-and-side-effects': 'risks',
  'recovery-and-daily-life': 'recovery',
  cost: 'cost',
};

/**
 * Questions whose answer fits a field other than their topic's. "How sure are you?" is answered in
 * words, so it goes with the diagnosis text rather than into the fixed "how sure" choice.
 */
export const QUESTION_FIELDS: Readonly<Record<string, NoteField>> = {
  'how-sure': 'diagnosis',
  'visits-and-travel': 'visits',
};

/** The field for a bank question's answer; own questions and unknown ones go to "Other notes". */
export function noteField(questionId: string, topicId: string | undefined, own: boolean): NoteField {
  if (own) return 'notes';
  return (
    QUESTION_FIELDS[questionId] ?? (topicId === undefined ? undefined : TOPIC_FIELDS[topicId]) ?? 'notes'
  );
}
