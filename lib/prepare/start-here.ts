import { matches, type Situation } from '../engine/conditions';
import type { Condition, Perspective } from '../engine/types';
import { visibleItems } from './state';

/** The parts of a checklist the summary needs, so tests can pass small lists. */
interface ListLike {
  id: string;
  items: readonly { id: string; when?: Condition[] }[];
}

export type StepId = 'wait' | 'tell' | 'cover' | 'approval' | 'names' | 'children' | 'soon';

/**
 * One step: the item it points at, and the ids of its words. The words live in the `prepare`
 * messages under `startHere.steps.<id>.<perspective>`, because each step needs all three
 * perspectives and the checklist schema holds one neutral text per item.
 */
export interface StartStep {
  id: StepId;
  perspective: Perspective;
  listId: string;
  itemId: string;
}

/* Each step still points at a real item. */
const STEPS: Record<StepId, { listId: string; itemId: string }> = {
  wait: { listId: 'talking-with-your-doctor', itemId: 'how-long-to-wait' },
  tell: { listId: 'talking-with-your-doctor', itemId: 'tell-them' },
  cover: { listId: 'insurance-and-cost', itemId: 'covered' },
  approval: { listId: 'insurance-and-cost', itemId: 'referral-or-approval' },
  names: { listId: 'finding-a-specialist', itemId: 'ask-for-names' },
  children: { listId: 'finding-a-specialist', itemId: 'childrens-specialist' },
  soon: { listId: 'finding-a-specialist', itemId: 'how-soon' },
};

const SOON: Condition[] = [{ 'time-sensitive': ['yes', 'not-sure'] }];
const PLAN_ASKS: Condition[] = [{ 'insurance-requires': ['yes', 'not-sure'] }];
// Used to fill the list when a preferred step's item is missing or hidden.
const DEFAULT_ORDER: StepId[] = ['tell', 'cover', 'names', 'wait', 'approval'];

/** Which steps fit the answers, most pressing first. */
function preferred(situation: Situation | null): StepId[] {
  if (!situation) return DEFAULT_ORDER;
  const soon = matches(SOON, situation);
  const planAsks = matches(PLAN_ASKS, situation);
  const find: StepId = soon ? 'soon' : situation.perspective === 'child' ? 'children' : 'names';
  if (soon) return ['wait', planAsks ? 'approval' : 'cover', find];
  if (planAsks) return ['approval', 'tell', find];
  return ['tell', 'cover', find];
}

/**
 * The three things to do this week, fitted to the wizard's answers where there are any. Each step
 * links to an item the person can see, so a step is skipped when its item is hidden or gone.
 */
export function startHere(lists: readonly ListLike[], situation: Situation | null): StartStep[] {
  const shown = new Set(
    lists.flatMap((list) => visibleItems(list.items, situation).map((item) => `${list.id}/${item.id}`)),
  );
  const perspective = situation?.perspective ?? 'self';
  const ids = [...new Set([...preferred(situation), ...DEFAULT_ORDER])];
  return ids
    .map((id) => ({ id, perspective, ...STEPS[id] }))
    .filter((step) => shown.has(`${step.listId}/${step.itemId}`))
    .slice(0, 3);
}
