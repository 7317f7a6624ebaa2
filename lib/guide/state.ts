import { pruneAnswers, type RoutingRules } from '../engine/routing';
import type { Perspective } from '../engine/types';
import { EMPTY_GUIDE_V2, type GuideV2, guideV2 } from './versions/v2';

export const SURE_ANSWERS = ['yes', 'no'] as const;

/** The shape in use: the latest version (see ./data.ts for every version and the steps between them). */
export const guideStateSchema = guideV2;
export type GuideState = GuideV2;

export const EMPTY_GUIDE: GuideState = EMPTY_GUIDE_V2;

/**
 * The optional steps on what matters, who else decides and how. They add no points and never reach
 * the engine: they are kept apart from `answers`, and the result reflects them only in words.
 */
export type GuideDecision = GuideState['decision'];
export const MATTERS = ['sure-of-diagnosis', 'start-sooner', 'cost-and-travel', 'known-doctor'] as const;
export const OTHERS = ['none', 'lean-second', 'lean-ahead', 'lean-unsure'] as const;
export const PRESSURE = ['yes', 'no', 'not-sure'] as const;
export const ROLES = ['alone', 'shared', 'others'] as const;
export type Matter = (typeof MATTERS)[number];
export type Others = (typeof OTHERS)[number];
export type Pressure = (typeof PRESSURE)[number];
export type Role = (typeof ROLES)[number];

type Rules = RoutingRules<{
  id: string;
  order: number;
  perspectives: Perspective[];
  answers: { value: string }[];
}>;

/** Keeps only answers the rules still know and still ask, so stale or edited storage cannot reach the engine. */
export function sanitizeGuide(state: GuideState, rules: Rules): GuideState {
  if (!state.perspective) return { ...EMPTY_GUIDE, sure: state.sure, decision: state.decision };
  const known = Object.fromEntries(
    Object.entries(state.answers).filter(([id, value]) =>
      rules.triggers.some((t) => t.id === id && t.answers.some((a) => a.value === value)),
    ),
  );
  return { ...state, answers: pruneAnswers(rules, { perspective: state.perspective, answers: known }) };
}

export function choosePerspective(state: GuideState, rules: Rules, perspective: Perspective): GuideState {
  return sanitizeGuide({ ...state, perspective }, rules);
}

export function answerQuestion(state: GuideState, rules: Rules, id: string, value: string): GuideState {
  return sanitizeGuide({ ...state, answers: { ...state.answers, [id]: value } }, rules);
}

export function answerSure(state: GuideState, id: string, value: (typeof SURE_ANSWERS)[number]): GuideState {
  return { ...state, sure: { ...state.sure, [id]: value } };
}

export function hasDecision(decision: GuideDecision): boolean {
  return Object.values(decision).some((value) => value !== undefined && value.length > 0);
}

/** Sets one decision step's answer; `undefined` (a skipped step) or no boxes ticked clears it. */
export function answerDecision<K extends keyof GuideDecision>(
  state: GuideState,
  step: K,
  value: GuideDecision[K] | undefined,
): GuideState {
  const decision: GuideDecision = { ...state.decision };
  if (value === undefined || value.length === 0) delete decision[step];
  else decision[step] = value;
  return { ...state, decision };
}
