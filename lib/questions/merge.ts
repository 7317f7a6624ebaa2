import type { Merged } from '../storage/feature';
import {
  type ChosenQuestion,
  DOCTOR_IDS,
  type DoctorId,
  MAX_NOTE_LENGTH,
  MAX_QUESTIONS,
  type QuestionsState,
} from './state';

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** What a question is, whatever id a device gave it: a bank question by its id, an own one by its words. */
const identity = (q: ChosenQuestion) => (q.text === undefined ? `bank:${q.id}` : `own:${normal(q.text)}`);

type Doctor = QuestionsState['doctors'][number];

/** A doctor's notes keyed by the question's identity, so two devices' lists can be compared. */
function notesBy(state: QuestionsState, doctor: DoctorId): Map<string, string> {
  const notes = new Map<string, string>();
  for (const q of state.chosen) {
    const note = state.notes[q.id]?.[doctor];
    if (note?.trim()) notes.set(identity(q), note);
  }
  return notes;
}

/**
 * Pairs each shared doctor with one here by who they are, never by their letter: the same name; else
 * a doctor here who already has every note the shared one has (a copy saved before); else an unnamed
 * doctor here with no notes yet. Anyone else is a different doctor.
 */
function matchDoctors(mine: QuestionsState, theirs: QuestionsState) {
  const doctors: Doctor[] = mine.doctors.map((d) => ({ ...d }));
  const pairs = new Map<DoctorId, DoctorId>();
  const taken = new Set<DoctorId>();
  const myNotes = new Map(doctors.map((d) => [d.id, notesBy(mine, d.id)]));
  const tests: ((t: Doctor, tNotes: Map<string, string>, m: Doctor) => boolean)[] = [
    (t, _, m) => normal(t.name) !== '' && normal(t.name) === normal(m.name),
    (t, tNotes, m) =>
      tNotes.size > 0 &&
      (normal(t.name) === '' || normal(m.name) === '') &&
      [...tNotes].every(([q, note]) => myNotes.get(m.id)?.get(q)?.includes(note)),
    (_, __, m) => normal(m.name) === '' && myNotes.get(m.id)?.size === 0,
  ];
  const left = new Set(theirs.doctors.map((d) => d.id));
  // Doctors with more notes choose first, so one with nothing noted cannot take another's place.
  const byNotes = [...theirs.doctors].sort((x, y) => notesBy(theirs, y.id).size - notesBy(theirs, x.id).size);
  for (const test of tests) {
    for (const t of byNotes) {
      if (!left.has(t.id)) continue;
      const tNotes = notesBy(theirs, t.id);
      // An unnamed doctor with nothing noted carries nothing to keep.
      if (normal(t.name) === '' && tNotes.size === 0) {
        left.delete(t.id);
        continue;
      }
      // Among doctors that pass (two may share a name), the one with these notes already, then the same letter.
      const score = (d: Doctor) =>
        ([...tNotes].every(([q, note]) => myNotes.get(d.id)?.get(q)?.includes(note)) ? 2 : 0) +
        (d.id === t.id ? 1 : 0);
      const m = doctors
        .filter((d) => !taken.has(d.id) && test(t, tNotes, d))
        .sort((x, y) => score(y) - score(x))[0];
      if (!m) continue;
      if (normal(m.name) === '') m.name = t.name;
      pairs.set(t.id, m.id);
      taken.add(m.id);
      left.delete(t.id);
    }
  }
  let leftOut = 0;
  for (const t of byNotes) {
    if (!left.has(t.id)) continue;
    const free = DOCTOR_IDS.find((id) => !doctors.some((d) => d.id === id));
    if (!free) {
      leftOut += 1;
      continue;
    }
    doctors.push({ id: free, name: t.name });
    pairs.set(t.id, free);
  }
  return { doctors: DOCTOR_IDS.flatMap((id) => doctors.filter((d) => d.id === id)), pairs, leftOut };
}

/** An id not used in `taken`, as close to `id` as it can be. */
function freeId(id: string, taken: Set<string>): string {
  for (let n = 2; taken.has(id); n += 1) id = `${id.slice(0, 70)}-${n}`;
  return id;
}

/**
 * Both question lists, matched by what each question is: mine first, then theirs. Notes follow their
 * doctor, matched by who the doctor is; a note typed here is never replaced, and a different shared
 * note for the same doctor and question is added after it. `leftOut` counts what did not fit.
 */
export function mergeQuestions(mine: QuestionsState, theirs: QuestionsState): Merged<QuestionsState> {
  const chosen = [...mine.chosen];
  const byIdentity = new Map(chosen.map((q) => [identity(q), q.id]));
  const ids = new Set(chosen.map((q) => q.id));
  const questionPairs = new Map<string, string>();
  let leftOut = 0;
  for (const q of theirs.chosen) {
    const known = byIdentity.get(identity(q));
    if (known !== undefined) {
      questionPairs.set(q.id, known);
      continue;
    }
    if (chosen.length >= MAX_QUESTIONS) {
      leftOut += 1;
      continue;
    }
    const id = freeId(q.id, ids);
    ids.add(id);
    byIdentity.set(identity(q), id);
    chosen.push({ ...q, id });
    questionPairs.set(q.id, id);
  }

  const { doctors, pairs, leftOut: doctorsLeftOut } = matchDoctors(mine, theirs);
  leftOut += doctorsLeftOut;
  const notes: QuestionsState['notes'] = Object.fromEntries(
    Object.entries(mine.notes).map(([q, byDoctor]) => [q, { ...byDoctor }]),
  );
  for (const [tq, byDoctor] of Object.entries(theirs.notes)) {
    for (const [td, note] of Object.entries(byDoctor ?? {})) {
      if (!note?.trim()) continue;
      const q = questionPairs.get(tq);
      const d = pairs.get(td as DoctorId);
      if (q === undefined || d === undefined) {
        // A note on a question the shared list did not hold has nowhere to show; one whose doctor did not fit is lost.
        if (theirs.chosen.some((c) => c.id === tq)) leftOut += 1;
        continue;
      }
      const here = notes[q]?.[d] ?? '';
      if (here.includes(note)) continue;
      const joined = here.trim() ? `${here}\n\n${note}` : note;
      if (joined.length > MAX_NOTE_LENGTH) {
        leftOut += 1;
        continue;
      }
      notes[q] = { ...notes[q], [d]: joined };
    }
  }
  return { value: { chosen, doctors, notes }, leftOut };
}
