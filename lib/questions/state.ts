import { fitText } from '../fit-text';
import { EMPTY_QUESTIONS_V1, type QuestionsV1, questionsV1 } from './versions/v1';

export const MAX_QUESTION_LENGTH = 300;
export const MAX_NOTE_LENGTH = 5000;
export const MAX_DOCTOR_NAME_LENGTH = 80;
export const MAX_QUESTIONS = 200;
export const DOCTOR_IDS = ['a', 'b', 'c'] as const;
/**
 * Where a half-typed own question waits across a reload: session storage, for this tab only. It is not
 * a question yet, so it stays out of the saved list (and its versions) and out of share links.
 */
export const QUESTION_DRAFT_KEY = 'sog.question-draft';
export type DoctorId = (typeof DOCTOR_IDS)[number];

/** The shape in use: the latest version (see ./data.ts for every version and the steps between them). */
export const questionsStateSchema = questionsV1;
export type QuestionsState = QuestionsV1;
export type ChosenQuestion = QuestionsState['chosen'][number];

export const EMPTY_QUESTIONS: QuestionsState = EMPTY_QUESTIONS_V1;

export const isChosen = (state: QuestionsState, id: string) => state.chosen.some((q) => q.id === id);

/** What is wrong with a question's text; its words are in the `questions` messages under `errors`. */
export type QuestionTextError = 'full' | 'empty' | 'tooLong' | 'duplicate' | 'inBank';

/** The texts a new own question must not repeat, in the wording the page shows. */
export interface TakenQuestions {
  /** Every question on the person's list: their own and the bank's they chose. */
  listed: readonly string[];
  /** The question bank's questions. */
  bank: readonly string[];
}

/**
 * A question's text reduced to what makes it a different question: case, spacing and the marks that
 * open or end it ("¿…?", "….") do not, so "what are my options" repeats "What are my options?".
 */
export function questionKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/**
 * Checks the text of a new or edited question; returns what is wrong, or null when it is fine. With
 * `state`, the list's own questions count as taken; `taken` adds what only the page knows (bank texts).
 */
export function questionTextError(
  value: string,
  state?: QuestionsState,
  taken?: TakenQuestions,
): QuestionTextError | null {
  const trimmed = value.trim();
  if (state && state.chosen.length >= MAX_QUESTIONS) return 'full';
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_QUESTION_LENGTH) return 'tooLong';
  const key = questionKey(trimmed);
  const own = state?.chosen.flatMap((q) => (q.text === undefined ? [] : [q.text])) ?? [];
  if ([...own, ...(taken?.listed ?? [])].some((text) => questionKey(text) === key)) return 'duplicate';
  if (taken?.bank.some((text) => questionKey(text) === key)) return 'inBank';
  return null;
}

export function chooseQuestion(state: QuestionsState, id: string): QuestionsState {
  if (isChosen(state, id) || state.chosen.length >= MAX_QUESTIONS) return state;
  return { ...state, chosen: [...state.chosen, { id }] };
}

export function addOwnQuestion(state: QuestionsState, id: string, text: string): QuestionsState {
  if (questionTextError(text, state) || isChosen(state, id)) return state;
  return { ...state, chosen: [...state.chosen, { id, text: text.trim() }] };
}

export function editOwnQuestion(state: QuestionsState, id: string, text: string): QuestionsState {
  if (questionTextError(text)) return state;
  return {
    ...state,
    chosen: state.chosen.map((q) => (q.id === id && q.text !== undefined ? { ...q, text: text.trim() } : q)),
  };
}

/** Removes a question from the list; its notes go with it. */
export function removeQuestion(state: QuestionsState, id: string): QuestionsState {
  const notes = { ...state.notes };
  delete notes[id];
  return { ...state, chosen: state.chosen.filter((q) => q.id !== id), notes };
}

/** Moves a question one place up (-1) or down (+1); a move past either end changes nothing. */
export function moveQuestion(state: QuestionsState, id: string, by: -1 | 1): QuestionsState {
  const from = state.chosen.findIndex((q) => q.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= state.chosen.length) return state;
  const chosen = [...state.chosen];
  [chosen[from], chosen[to]] = [chosen[to]!, chosen[from]!];
  return { ...state, chosen };
}

/** Sets what a doctor said; text past MAX_NOTE_LENGTH is cut (the page says so, from fitText). */
export function setNote(
  state: QuestionsState,
  questionId: string,
  doctorId: DoctorId,
  text: string,
): QuestionsState {
  const { text: kept } = fitText(text, MAX_NOTE_LENGTH);
  return {
    ...state,
    notes: { ...state.notes, [questionId]: { ...state.notes[questionId], [doctorId]: kept } },
  };
}

export function addDoctor(state: QuestionsState): QuestionsState {
  const next = DOCTOR_IDS.find((id) => !state.doctors.some((d) => d.id === id));
  return next ? { ...state, doctors: [...state.doctors, { id: next, name: '' }] } : state;
}

export function renameDoctor(state: QuestionsState, id: DoctorId, name: string): QuestionsState {
  return {
    ...state,
    doctors: state.doctors.map((d) =>
      d.id === id ? { ...d, name: fitText(name, MAX_DOCTOR_NAME_LENGTH).text } : d,
    ),
  };
}

const hasText = (value: string | undefined) => !!value?.trim();

/** True when removing the question would lose a note. */
export function questionHasNotes(state: QuestionsState, id: string): boolean {
  return Object.values(state.notes[id] ?? {}).some(hasText);
}

/** True when removing the doctor would lose something typed: a name or a note. */
export function doctorHasText(state: QuestionsState, id: DoctorId): boolean {
  const doctor = state.doctors.find((d) => d.id === id);
  return hasText(doctor?.name) || Object.values(state.notes).some((byDoctor) => hasText(byDoctor[id]));
}

/** Removes a doctor and what was noted for them; at least one doctor always stays. */
export function removeDoctor(state: QuestionsState, id: DoctorId): QuestionsState {
  if (state.doctors.length <= 1) return state;
  const notes = Object.fromEntries(
    Object.entries(state.notes).map(([qid, byDoctor]) => {
      const rest = { ...byDoctor };
      delete rest[id];
      return [qid, rest];
    }),
  );
  return { ...state, doctors: state.doctors.filter((d) => d.id !== id), notes };
}

/**
 * What a doctor is called: their letter ("A") and the name typed for them, trimmed ('' when none).
 * The words around them ("Doctor A (Dr Lee)") are in the `questions` messages under `doctor`.
 */
export function doctorLabelParts(doctor: { id: DoctorId; name: string }): { letter: string; name: string } {
  return { letter: doctor.id.toUpperCase(), name: doctor.name.trim() };
}
