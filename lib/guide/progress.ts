import { matches } from '../engine/conditions';
import { EMERGENCY_ID } from '../engine/contract';
import { questionsFor, type RoutingRules, type RoutingTrigger } from '../engine/routing';
import type { Perspective } from '../engine/types';
import { DECISION_STEPS, type DecisionStep } from './decision';

type Rules = RoutingRules<RoutingTrigger & { answers: readonly { value: string }[] }>;

/**
 * Where a person is in the wizard, told so that it never goes backwards while they answer forward:
 * "Question 4, up to 15 more after this one". A count such as "3 of 18" that becomes "4 of 19" when an
 * answer opens a follow-up question looks like a step back, so the number left is the most that any
 * way on can still ask. Each answer takes at least one off it, and it never grows.
 */
export interface Progress {
  /** 1 for the first question; one more for each question answered going forward. */
  position: number;
  /** The most questions that can come after this one, the optional steps included. */
  left: number;
  /** True when every way on asks exactly `left` more: then the words need no "up to". */
  exact: boolean;
}

interface Range {
  min: number;
  max: number;
}

/** The questions whose answers decide whether a later one is asked (from the askWhen conditions). */
function decidingIds(rules: Rules): Set<string> {
  return new Set(
    rules.triggers
      .flatMap((t) => (t.askWhen ?? []).flatMap((c) => Object.keys(c)))
      .filter((k) => k !== 'perspective'),
  );
}

/**
 * How many questions this one and the ones after it can take, over every way the person may still
 * answer them: the answers before `currentId` are fixed, the rest are open. Only the answers that
 * decide a later question (and the emergency one, which can stop the wizard) need trying.
 */
function questionsFrom(
  rules: Rules,
  perspective: Perspective,
  answers: Readonly<Record<string, string>>,
  currentId: string,
): Range {
  const current = rules.triggers.find((t) => t.id === currentId);
  if (!current) return { min: 0, max: 0 };
  const from = [...rules.triggers].filter((t) => t.order >= current.order).sort((a, b) => a.order - b.order);
  const fixed = Object.fromEntries(
    Object.entries(answers).filter(([id]) =>
      rules.triggers.some((t) => t.id === id && t.order < current.order),
    ),
  );
  const deciding = decidingIds(rules);
  const memo = new Map<string, Range>();

  function walk(i: number, known: Record<string, string>): Range {
    const trigger = from[i];
    // After the last question come the optional steps, unless an emergency answer stopped the wizard.
    if (!trigger) return { min: DECISION_STEPS.length, max: DECISION_STEPS.length };
    const key = `${i}|${JSON.stringify(known)}`;
    const seen = memo.get(key);
    if (seen) return seen;
    let range: Range;
    if (
      !trigger.perspectives.includes(perspective) ||
      !matches(trigger.askWhen, { perspective, answers: known })
    ) {
      range = walk(i + 1, known);
    } else {
      const branches = deciding.has(trigger.id) || trigger.id === EMERGENCY_ID ? trigger.answers : [];
      const ways =
        branches.length === 0
          ? [walk(i + 1, known)]
          : branches.map(({ value }) =>
              trigger.id === EMERGENCY_ID && value === 'yes'
                ? { min: 0, max: 0 }
                : walk(i + 1, { ...known, [trigger.id]: value }),
            );
      range = {
        min: 1 + Math.min(...ways.map((w) => w.min)),
        max: 1 + Math.max(...ways.map((w) => w.max)),
      };
    }
    memo.set(key, range);
    return range;
  }
  return walk(0, fixed);
}

/** Progress on one of the questions, or null when the question is not asked of this person. */
export function questionProgress(
  rules: Rules,
  perspective: Perspective,
  answers: Readonly<Record<string, string>>,
  id: string,
): Progress | null {
  const index = questionsFor(rules, { perspective, answers }).findIndex((t) => t.id === id);
  if (index < 0) return null;
  const { min, max } = questionsFrom(rules, perspective, answers, id);
  return { position: index + 1, left: max - 1, exact: min === max };
}

/** Progress on an optional step: they follow the questions, so the count carries on from there. */
export function stepProgress(
  rules: Rules,
  perspective: Perspective,
  answers: Readonly<Record<string, string>>,
  step: DecisionStep,
): Progress {
  const asked = questionsFor(rules, { perspective, answers }).length;
  const index = DECISION_STEPS.indexOf(step);
  return { position: asked + index + 1, left: DECISION_STEPS.length - index - 1, exact: true };
}
