// zod/mini: the same checks as zod at about a quarter of the size in the browser, where this runs too.
import '../zod-config';
import { z } from 'zod/mini';
import { fitText } from '../fit-text';

export const MAX_QUESTION_LENGTH = 300;
export const MAX_NOTE_LENGTH = 5000;
export const MAX_DOCTOR_NAME_LENGTH = 80;
export const MAX_QUESTIONS = 200;
export const DOCTOR_IDS = ['a', 'b', 'c'] as const;
export type DoctorId = (typeof DOCTOR_IDS)[number];

export const questionsStateSchema = z.strictObject({
  /** The person's list, in their order: bank questions by id, their own with their text. */
  chosen: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1), z.maxLength(80)),
        text: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_QUESTION_LENGTH))),
      }),
    )
    .check(z.maxLength(MAX_QUESTIONS)),
  /** Doctors seen in visit mode, with an optional name each ("Doctor A" when blank). */
  doctors: z
    .array(
      z.strictObject({
        id: z.enum(DOCTOR_IDS),
        name: z.string().check(z.maxLength(MAX_DOCTOR_NAME_LENGTH)),
      }),
    )
    .check(z.minLength(1), z.maxLength(DOCTOR_IDS.length)),
  /** notes[questionId][doctorId]: what that doctor said. */
  notes: z.record(
    z.string().check(z.maxLength(80)),
    z.partialRecord(z.enum(DOCTOR_IDS), z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
  ),
});
export type QuestionsState = z.infer<typeof questionsStateSchema>;
export type ChosenQuestion = QuestionsState['chosen'][number];

export const EMPTY_QUESTIONS: QuestionsState = { chosen: [], doctors: [{ id: 'a', name: '' }], notes: {} };

export const isChosen = (state: QuestionsState, id: string) => state.chosen.some((q) => q.id === id);

export function questionTextError(value: string, state?: QuestionsState): string | null {
  const trimmed = value.trim();
  if (state && state.chosen.length >= MAX_QUESTIONS)
    return `You can have up to ${MAX_QUESTIONS} questions in your list`;
  if (trimmed === '') return 'Enter your question';
  if (trimmed.length > MAX_QUESTION_LENGTH) return `Use ${MAX_QUESTION_LENGTH} characters or fewer`;
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

export function doctorLabel(doctor: { id: DoctorId; name: string }): string {
  const letter = `Doctor ${doctor.id.toUpperCase()}`;
  return doctor.name.trim() ? `${letter} (${doctor.name.trim()})` : letter;
}
