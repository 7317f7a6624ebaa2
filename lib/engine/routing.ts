import { matches, type Situation } from './conditions';
import { EMERGENCY_ID } from './contract';
import type { TriggerRule } from './types';

/** What routing needs to know of each question; pages that only route can be sent just this. */
export type RoutingTrigger = Pick<TriggerRule, 'id' | 'order' | 'perspectives' | 'askWhen'>;
export interface RoutingRules<T extends RoutingTrigger = RoutingTrigger> {
  triggers: readonly T[];
}

/** Where the wizard goes next: a question, the emergency page, or Check your answers. */
export type Step = { kind: 'question'; id: string } | { kind: 'emergency' } | { kind: 'check' };

function asked(trigger: RoutingTrigger, situation: Situation): boolean {
  return trigger.perspectives.includes(situation.perspective) && matches(trigger.askWhen, situation);
}

/** The questions this person is asked, in order, given the answers so far. */
export function questionsFor<T extends RoutingTrigger>(rules: RoutingRules<T>, situation: Situation): T[] {
  return rules.triggers.filter((trigger) => asked(trigger, situation));
}

/** Only the answers to questions that are still asked: a changed answer can make a later question not apply. */
export function pruneAnswers(rules: RoutingRules, situation: Situation): Record<string, string> {
  const kept: Record<string, string> = {};
  // askWhen only looks at earlier questions (checked when content loads), so one pass in order is enough.
  for (const trigger of rules.triggers) {
    const value = situation.answers[trigger.id];
    if (value !== undefined && asked(trigger, { ...situation, answers: kept })) kept[trigger.id] = value;
  }
  return kept;
}

function needsEmergencyPage(situation: Situation): boolean {
  const answer = situation.answers[EMERGENCY_ID];
  return answer === 'yes' || answer === 'not-sure';
}

/** The next question this person is asked after `currentId`, or Check your answers. */
export function questionAfter(rules: RoutingRules, situation: Situation, currentId: string): Step {
  const current = rules.triggers.find((t) => t.id === currentId);
  const next = questionsFor(rules, situation).find((t) => t.order > (current?.order ?? -Infinity));
  return next ? { kind: 'question', id: next.id } : { kind: 'check' };
}

/** The step after answering `currentId`: an emergency answer stops at the emergency page. */
export function nextStep(rules: RoutingRules, situation: Situation, currentId: string): Step {
  if (currentId === EMERGENCY_ID && needsEmergencyPage(situation)) return { kind: 'emergency' };
  return questionAfter(rules, situation, currentId);
}

/** The first question still to answer, or Check your answers when none is left. Used after a change. */
export function firstUnanswered(rules: RoutingRules, situation: Situation): Step {
  if (situation.answers[EMERGENCY_ID] === 'yes') return { kind: 'emergency' };
  const open = questionsFor(rules, situation).find((t) => situation.answers[t.id] === undefined);
  return open ? { kind: 'question', id: open.id } : { kind: 'check' };
}

/** The question before `currentId`, or null when it is the first (the back link then goes to the start). */
export function previousQuestion(
  rules: RoutingRules,
  situation: Situation,
  currentId: string,
): string | null {
  const questions = questionsFor(rules, situation);
  const current = rules.triggers.find((t) => t.id === currentId);
  const before = questions.filter((t) => t.order < (current?.order ?? Infinity));
  return before.at(-1)?.id ?? null;
}

/** The slice of the rule set that routing and answer checks need: small enough to send with every question page. */
export function routingView(rules: RoutingRules<RoutingTrigger & { answers: { value: string }[] }>) {
  return {
    triggers: rules.triggers.map(({ id, order, perspectives, askWhen, answers }) => ({
      id,
      order,
      perspectives,
      ...(askWhen ? { askWhen } : {}),
      answers: answers.map(({ value }) => ({ value })),
    })),
  };
}
export type RoutingView = ReturnType<typeof routingView>;
