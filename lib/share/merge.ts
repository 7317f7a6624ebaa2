import { hasComparison } from '../compare/state';
import { MAX_CUSTOM_ITEMS, MAX_TICKED, type PrepareState } from '../prepare/state';
import { MAX_QUESTIONS, type QuestionsState } from '../questions/state';
import type { Shared } from './codec';

type Saved = Exclude<Shared, { kind: 'clinic' }>;

/** Whether this device already holds something of this kind, so saving a shared copy must ask first. */
export function holdsData(value: Saved): boolean {
  switch (value.kind) {
    case 'guide':
      return (
        value.data.perspective !== null ||
        Object.keys(value.data.answers).length > 0 ||
        Object.keys(value.data.sure).length > 0
      );
    case 'prepare':
      return value.data.ticked.length > 0 || value.data.custom.length > 0;
    case 'questions':
      return value.data.chosen.length > 0;
    case 'compare':
      return (
        hasComparison(value.data) ||
        value.data.agreement.diagnosis !== null ||
        value.data.agreement.plan !== null ||
        [value.data.importance, value.data.ratings, value.data.sure].some(
          (part) => Object.keys(part).length > 0,
        )
      );
  }
}

/** Both checklists: every tick and every own item from each, within the limit. */
export function mergePrepare(mine: PrepareState, theirs: PrepareState): PrepareState {
  const ids = new Set(mine.custom.map((c) => c.id));
  const texts = new Set(mine.custom.map((c) => `${c.listId}\n${c.text}`));
  const added = theirs.custom.filter((c) => !ids.has(c.id) && !texts.has(`${c.listId}\n${c.text}`));
  const custom = [...mine.custom, ...added].slice(0, MAX_CUSTOM_ITEMS);
  const kept = new Set(custom.map((c) => `custom/${c.id}`));
  const ticked = [...new Set([...mine.ticked, ...theirs.ticked])]
    .filter((key) => !key.startsWith('custom/') || kept.has(key))
    .slice(0, MAX_TICKED);
  return { ticked, custom };
}

/** Both question lists: mine first, then theirs; a note typed here is never replaced by the shared one. */
export function mergeQuestions(mine: QuestionsState, theirs: QuestionsState): QuestionsState {
  const chosenIds = new Set(mine.chosen.map((q) => q.id));
  const chosen = [...mine.chosen, ...theirs.chosen.filter((q) => !chosenIds.has(q.id))].slice(
    0,
    MAX_QUESTIONS,
  );
  const doctorIds = new Set(mine.doctors.map((d) => d.id));
  const doctors = [...mine.doctors, ...theirs.doctors.filter((d) => !doctorIds.has(d.id))];
  const keptIds = new Set(chosen.map((q) => q.id));
  const notes: QuestionsState['notes'] = {};
  for (const id of new Set([...Object.keys(mine.notes), ...Object.keys(theirs.notes)])) {
    if (!keptIds.has(id)) continue;
    const merged = { ...theirs.notes[id] };
    for (const [doctor, note] of Object.entries(mine.notes[id] ?? {}))
      if (note?.trim()) merged[doctor as keyof typeof merged] = note;
    notes[id] = merged;
  }
  return { chosen, doctors, notes };
}
