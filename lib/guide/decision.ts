import type { Perspective } from '../engine/types';
import {
  type GuideDecision,
  type Matter,
  MATTERS,
  type Others,
  OTHERS,
  type Pressure,
  PRESSURE,
  type Role,
  ROLES,
} from './state';

/*
 * The optional steps on what matters, who else is part of the decision, pressure and how to
 * decide (the Ottawa Personal Decision Guide's "values and support" steps). Their ids and shape live
 * here; their words live in content/messages/<locale>/guide.json under `decision`, keyed by the
 * stored ids in ./state, and reach these functions as a `words` lookup so lib stays free of any i18n
 * library. tests/unit/guide-decision.test.ts checks every key exists in every language, and holds
 * the words to the plain-language grade. None of this is advice about a medical fact, so none of it
 * needs a source.
 */

export const DECISION_STEPS = ['matters', 'others', 'pressure', 'role'] as const;
export type DecisionStep = (typeof DECISION_STEPS)[number];

/**
 * Looks up a message under `guide.decision` by its key (e.g. `steps.role.question.self`): the
 * components pass next-intl's `t`, tests pass the message files.
 */
export type DecisionWords = (key: string) => string;

interface StepShape<Id extends string> {
  /** True for "pick any" (checkboxes); otherwise one answer (radios). */
  many: boolean;
  ids: readonly Id[];
}

const matters: StepShape<Matter> = { many: true, ids: MATTERS };
const others: StepShape<Others> = { many: false, ids: OTHERS };
const pressure: StepShape<Pressure> = { many: false, ids: PRESSURE };
const role: StepShape<Role> = { many: false, ids: ROLES };

export const DECISION_SHAPES = { matters, others, pressure, role } as const satisfies {
  [K in DecisionStep]: StepShape<string>;
};

const label = (words: DecisionWords, step: DecisionStep, perspective: Perspective, id: string) =>
  words(`steps.${step}.labels.${perspective}.${id}`);

/** One step's question, hint, options and error, worded for the perspective. */
export function decisionQuestion(step: DecisionStep, perspective: Perspective, words: DecisionWords) {
  const shape: StepShape<string> = DECISION_SHAPES[step];
  return {
    many: shape.many,
    question: words(`steps.${step}.question.${perspective}`),
    hint: words(`steps.${step}.hint.${perspective}`),
    options: shape.ids.map((value) => ({ value, label: label(words, step, perspective, value) })),
    error: words(`steps.${step}.error`),
  };
}

/** The saved answer to one step as words for Check your answers, or null when it has none. */
export function decisionAnswerText(
  step: DecisionStep,
  perspective: Perspective,
  decision: GuideDecision,
  words: DecisionWords,
): string | null {
  const value = decision[step];
  if (value === undefined || value.length === 0) return null;
  return typeof value === 'string'
    ? label(words, step, perspective, value)
    : value.map((id) => label(words, step, perspective, id)).join(', ');
}

/** The value a step's form sends, checked against the step's ids; null when it is not one of them. */
export function readDecisionValue<K extends DecisionStep>(
  step: K,
  value: string | readonly string[],
): GuideDecision[K] | null {
  const ids: readonly string[] = DECISION_SHAPES[step].ids;
  const many = DECISION_SHAPES[step].many;
  if (many !== Array.isArray(value)) return null;
  const list = typeof value === 'string' ? [value] : value;
  if (!list.every((v) => ids.includes(v))) return null;
  // Kept in the order the options are shown, each once.
  return (many ? ids.filter((id) => list.includes(id)) : value) as GuideDecision[K];
}

/* ---------------------------------------------------------------------------------------------
 * The summary in words shown with the result: what the answers point to, never a score. Going
 * ahead with the current plan is presented as fairly as a second opinion.
 */

export interface DecisionSummaryPoint {
  /** What the person said, in one sentence. */
  said: string;
  /** What it means for the choice, or what to do about it. */
  advice: string;
}

const point = (words: DecisionWords, key: string): DecisionSummaryPoint => ({
  said: words(`points.${key}.said`),
  advice: words(`points.${key}.advice`),
});

/** The message keys of the summary's points, in the order the steps are asked; empty when none. */
export function decisionSummaryKeys(perspective: Perspective, decision: GuideDecision): string[] {
  const keys: string[] = [];
  for (const matter of decision.matters ?? []) keys.push(`matters.${matter}.${perspective}`);
  // Who else is part of the choice is worded the same for every perspective.
  if (decision.others) keys.push(`others.${decision.others}`);
  if (decision.pressure) keys.push(`pressure.${decision.pressure}.${perspective}`);
  if (decision.role) keys.push(`role.${decision.role}.${perspective}`);
  return keys;
}

/** The answers to the optional steps as sentences, in the order the steps are asked; empty when none. */
export function decisionSummary(
  perspective: Perspective,
  decision: GuideDecision,
  words: DecisionWords,
): DecisionSummaryPoint[] {
  return decisionSummaryKeys(perspective, decision).map((key) => point(words, key));
}

/** Every sentence of the steps and the summary in one language, for the plain-language tests. */
export function allDecisionWords(words: DecisionWords): string[] {
  const all: string[] = [];
  for (const step of DECISION_STEPS)
    for (const perspective of ['self', 'child', 'other'] as const) {
      const q = decisionQuestion(step, perspective, words);
      all.push(q.question, q.hint, q.error, ...q.options.map((o) => o.label));
    }
  const keys = new Set<string>();
  for (const perspective of ['self', 'child', 'other'] as const)
    for (const matter of MATTERS)
      for (const others of OTHERS)
        for (const pressure of PRESSURE)
          for (const role of ROLES)
            for (const key of decisionSummaryKeys(perspective, { matters: [matter], others, pressure, role }))
              keys.add(key);
  for (const key of keys) {
    const { said, advice } = point(words, key);
    all.push(said, advice);
  }
  return all;
}
