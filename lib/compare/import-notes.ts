import type { QuestionsState } from '../questions/state';
import { type CompareState, MAX_FIELD_LENGTH } from './state';

/**
 * Copies what was noted in visit mode into the comparison: Doctor A's answers into the first
 * opinion's notes, Doctor B's into the second, and so on, plus a name where none is typed yet.
 * Notes already copied are not copied twice.
 */
export function importVisitNotes(
  compare: CompareState,
  questions: QuestionsState,
  questionText: (id: string) => string | undefined,
): { state: CompareState; imported: number } {
  let imported = 0;
  const opinions = compare.opinions.map((opinion, index) => {
    const doctor = questions.doctors[index];
    if (!doctor) return opinion;
    const lines = questions.chosen.flatMap(({ id }) => {
      const answer = questions.notes[id]?.[doctor.id]?.trim();
      const text = questionText(id);
      return answer && text ? [`${text} ${answer}`] : [];
    });
    const fresh = lines.filter((line) => !opinion.notes.includes(line));
    if (fresh.length === 0 && (opinion.name || !doctor.name.trim())) return opinion;
    imported += 1;
    const notes = [opinion.notes.trim(), ...fresh].filter(Boolean).join('\n').slice(0, MAX_FIELD_LENGTH);
    return { ...opinion, notes, name: opinion.name || doctor.name.trim() };
  });
  return { state: { ...compare, opinions }, imported };
}
