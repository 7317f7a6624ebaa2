import { matches, type Situation } from '../engine/conditions';
import type { Condition, Perspective } from '../engine/types';
import { visibleItems } from './state';

/** The parts of a checklist the summary needs, so tests can pass small lists. */
interface ListLike {
  id: string;
  items: readonly { id: string; when?: Condition[] }[];
}

export interface StartStep {
  listId: string;
  itemId: string;
  text: string;
}

type StepId = 'wait' | 'tell' | 'cover' | 'approval' | 'names' | 'children' | 'soon';

interface StepText {
  listId: string;
  itemId: string;
  text: Record<Perspective, string>;
}

/*
 * Worded here rather than in content/ because each step needs all three perspectives and the
 * checklist schema holds one neutral text per item; each step still points at a real item.
 */
const STEPS: Record<StepId, StepText> = {
  wait: {
    listId: 'talking-with-your-doctor',
    itemId: 'how-long-to-wait',
    text: {
      self: 'Ask your doctor how long it is safe to wait. Then say you want a second opinion.',
      child: "Ask your child's doctor how long it is safe to wait. Then say you want a second opinion.",
      other:
        'Ask the doctor of the person you care for how long it is safe to wait. Then say you want a second opinion.',
    },
  },
  tell: {
    listId: 'talking-with-your-doctor',
    itemId: 'tell-them',
    text: {
      self: 'Tell your doctor you want a second opinion. Ask how long it is safe to wait.',
      child: "Tell your child's doctor you want a second opinion. Ask how long it is safe to wait.",
      other:
        'Tell the doctor of the person you care for that you want a second opinion. Ask how long it is safe to wait.',
    },
  },
  cover: {
    listId: 'insurance-and-cost',
    itemId: 'covered',
    text: {
      self: 'Call your health plan. Ask if it pays for a second opinion.',
      child: "Call your child's health plan. Ask if it pays for a second opinion.",
      other: 'Call the health plan of the person you care for. Ask if it pays for a second opinion.',
    },
  },
  approval: {
    listId: 'insurance-and-cost',
    itemId: 'referral-or-approval',
    text: {
      self: 'Call your health plan now. Ask what it needs before it pays, such as a referral or approval.',
      child: "Call your child's health plan now. Ask what it needs before it pays, such as a referral.",
      other:
        'Call the health plan of the person you care for now. Ask what it needs before it pays, such as a referral.',
    },
  },
  names: {
    listId: 'finding-a-specialist',
    itemId: 'ask-for-names',
    text: {
      self: 'Ask your doctor, your plan or people you trust for the names of specialists.',
      child: "Ask your child's doctor, the plan or people you trust for the names of specialists.",
      other: 'Ask their doctor, their plan or people you trust for the names of specialists.',
    },
  },
  children: {
    listId: 'finding-a-specialist',
    itemId: 'childrens-specialist',
    text: {
      self: "Look for a doctor who treats children, or a children's hospital.",
      child: "Look for a doctor who treats children, or a children's hospital.",
      other: "Look for a doctor who treats children, or a children's hospital.",
    },
  },
  soon: {
    listId: 'finding-a-specialist',
    itemId: 'how-soon',
    text: {
      self: 'Call specialists and ask how soon they can see you. Book the first visit that works.',
      child: 'Call specialists and ask how soon they can see your child. Book the first visit that works.',
      other:
        'Call specialists and ask how soon they can see the person you care for. Book the first visit that works.',
    },
  },
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
    .map((id) => STEPS[id])
    .filter((step) => shown.has(`${step.listId}/${step.itemId}`))
    .slice(0, 3)
    .map((step) => ({ listId: step.listId, itemId: step.itemId, text: step.text[perspective] }));
}
