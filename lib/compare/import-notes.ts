import { fitText } from '../fit-text';
import { DOCTOR_IDS, type QuestionsState } from '../questions/state';
import { type NoteField, noteField } from './note-fields';
import { type CompareState, FIELD_LIMITS, type Opinion } from './state';

export interface ImportResult {
  state: CompareState;
  /** Notes added whole, in all opinions. */
  added: number;
  /** How many of those went into each field, in the order fields first received one. */
  byField: Partial<Record<NoteField, number>>;
  /** Notes that did not fit whole under a field's length limit (the page says so). */
  cut: number;
  /** Opinions that changed at all, a filled-in name included. */
  changed: number;
}

/** A note as it goes into a field: "question — answer". */
export const noteLine = (question: string, answer: string) => `${question} — ${answer}`;
/** The shape the first version of this import wrote into "Other notes", recognised so it is not added again. */
const formerLine = (question: string, answer: string) => `${question} ${answer}`;

/**
 * Copies what was noted in visit mode into the comparison: Doctor A's answers into the first
 * opinion, Doctor B's into the second, Doctor C's into the third, each answer into the field its
 * question answers (see ./note-fields.ts), own questions and anything unmatched into "Other notes",
 * plus a name where none is typed yet. A note already in its field, or already in "Other notes" from
 * an earlier import in either shape, is not added again, so a second run changes nothing.
 */
export function importVisitNotes(
  compare: CompareState,
  questions: QuestionsState,
  questionText: (id: string) => string | undefined,
  topicOf: (id: string) => string | undefined = () => undefined,
): ImportResult {
  const byField: Partial<Record<NoteField, number>> = {};
  let added = 0;
  let cut = 0;
  let changed = 0;
  const opinions = compare.opinions.map((opinion, index) => {
    const doctor = questions.doctors.find((d) => d.id === DOCTOR_IDS[index]);
    if (!doctor) return opinion;
    const next: Opinion = { ...opinion, name: opinion.name || doctor.name.trim() };
    for (const chosen of questions.chosen) {
      const answer = questions.notes[chosen.id]?.[doctor.id]?.trim();
      const text = questionText(chosen.id);
      if (!answer || !text) continue;
      const field = noteField(chosen.id, topicOf(chosen.id), chosen.text !== undefined);
      const line = noteLine(text, answer);
      if (
        next[field].includes(line) ||
        next.notes.includes(line) ||
        next.notes.includes(formerLine(text, answer))
      )
        continue;
      const current = next[field].trim();
      const fitted = fitText(current ? `${current}\n${line}` : line, FIELD_LIMITS[field]);
      // A note cut short still keeps what fits, but is counted as cut, not as added.
      if (fitted.cut) cut += 1;
      else {
        added += 1;
        byField[field] = (byField[field] ?? 0) + 1;
      }
      next[field] = fitted.text;
    }
    if ((Object.keys(next) as (keyof Opinion)[]).every((key) => next[key] === opinion[key])) return opinion;
    changed += 1;
    return next;
  });
  return { state: { ...compare, opinions }, added, byField, cut, changed };
}
