import { fitText } from '../fit-text';
import { DOCTOR_IDS, type QuestionsState } from '../questions/state';
import { type CompareState, MAX_FIELD_LENGTH } from './state';

/**
 * Copies what was noted in visit mode into the comparison: Doctor A's answers into the first
 * opinion's notes, Doctor B's into the second, Doctor C's into the third, plus a name where none
 * is typed yet. Notes already there are not copied twice; `imported` counts opinions that changed,
 * `cut` the opinions whose notes did not all fit (so the page can say so).
 */
export function importVisitNotes(
  compare: CompareState,
  questions: QuestionsState,
  questionText: (id: string) => string | undefined,
): { state: CompareState; imported: number; cut: number } {
  let imported = 0;
  let cut = 0;
  const opinions = compare.opinions.map((opinion, index) => {
    const doctor = questions.doctors.find((d) => d.id === DOCTOR_IDS[index]);
    if (!doctor) return opinion;
    const lines = questions.chosen.flatMap(({ id }) => {
      const answer = questions.notes[id]?.[doctor.id]?.trim();
      const text = questionText(id);
      return answer && text ? [`${text} ${answer}`] : [];
    });
    const fresh = lines.filter((line) => !opinion.notes.includes(line));
    // Cut at the length limit; a line that no longer fits is not counted as added.
    const fitted = fresh.length
      ? fitText([opinion.notes.trim(), ...fresh].filter(Boolean).join('\n'), MAX_FIELD_LENGTH)
      : { text: opinion.notes, cut: 0 };
    const notes = fitted.text;
    if (fitted.cut) cut += 1;
    const name = opinion.name || doctor.name.trim();
    if (notes === opinion.notes && name === opinion.name) return opinion;
    imported += 1;
    return { ...opinion, notes, name };
  });
  return { state: { ...compare, opinions }, imported, cut };
}
