import { pruneAnswers, type RoutingRules } from '../engine/routing';
import type { Perspective } from '../engine/types';
import { EMPTY_GUIDE_V1, type GuideV1, guideV1 } from './versions/v1';

export const SURE_ANSWERS = ['yes', 'no'] as const;

/** The shape in use: the latest version (see ./data.ts for every version and the steps between them). */
export const guideStateSchema = guideV1;
export type GuideState = GuideV1;

export const EMPTY_GUIDE: GuideState = EMPTY_GUIDE_V1;

type Rules = RoutingRules<{
  id: string;
  order: number;
  perspectives: Perspective[];
  answers: { value: string }[];
}>;

/** Keeps only answers the rules still know and still ask, so stale or edited storage cannot reach the engine. */
export function sanitizeGuide(state: GuideState, rules: Rules): GuideState {
  if (!state.perspective) return { ...EMPTY_GUIDE, sure: state.sure };
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
