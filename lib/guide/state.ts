// zod/mini: the same checks as zod at about a quarter of the size in the browser, where this runs too.
import '../zod-config';
import { z } from 'zod/mini';
import { pruneAnswers, type RoutingRules } from '../engine/routing';
import { type Perspective, PERSPECTIVES } from '../engine/types';

export const SURE_ANSWERS = ['yes', 'no'] as const;

export const guideStateSchema = z.strictObject({
  perspective: z.nullable(z.enum(PERSPECTIVES)),
  answers: z.record(z.string().check(z.maxLength(80)), z.string().check(z.maxLength(80))),
  sure: z.record(z.string().check(z.maxLength(80)), z.enum(SURE_ANSWERS)),
});
export type GuideState = z.infer<typeof guideStateSchema>;

export const EMPTY_GUIDE: GuideState = { perspective: null, answers: {}, sure: {} };

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
