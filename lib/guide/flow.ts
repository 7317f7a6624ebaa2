import { EMERGENCY_ID } from '../engine/contract';
import {
  firstUnanswered,
  nextStep,
  previousQuestion,
  questionAfter,
  questionsFor,
  type RoutingRules,
  type RoutingTrigger,
  type Step,
} from '../engine/routing';
import { type Perspective, PERSPECTIVES } from '../engine/types';
import { DECISION_STEPS, type DecisionStep, readDecisionValue } from './decision';
import { answerDecision, answerQuestion, choosePerspective, type GuideState, sanitizeGuide } from './state';

/**
 * The whole wizard lives on one page, /guide, and moves between views in the URL fragment. The
 * fragment never reaches a server, so which views a person sees (and so their answers) cannot be
 * read from any request. This module is the wizard's one flow: every move between views is here.
 */
export type View =
  | { kind: 'start'; change: boolean }
  | { kind: 'question'; perspective: Perspective; id: string; change: boolean }
  /** One of the optional steps on what matters and how to decide, asked after the questions. */
  | { kind: 'decision'; step: DecisionStep; change: boolean }
  | { kind: 'check' }
  | { kind: 'emergency'; change: boolean };

export type FlowRules = RoutingRules<RoutingTrigger & { answers: { value: string }[] }>;

/** A view made valid for the saved answers, with those answers sanitised for it. */
export interface Position {
  view: View;
  state: GuideState;
}

export const START: View = { kind: 'start', change: false };
export const CHECK: View = { kind: 'check' };
const FIRST_DECISION: View = { kind: 'decision', step: DECISION_STEPS[0], change: false };

const CHANGE = 'change';
const ID = /^[a-z0-9-]{1,80}$/;

/** The fragment for a view, without the `#`. */
export function fragmentOf(view: View): string {
  const base =
    view.kind === 'start'
      ? 'who'
      : view.kind === 'question'
        ? `${view.perspective}/${view.id}`
        : view.kind === 'decision'
          ? view.step
          : view.kind;
  return view.kind !== 'check' && view.change ? `${base}/${CHANGE}` : base;
}

export function hrefOf(view: View): string {
  return `#${fragmentOf(view)}`;
}

export function sameView(a: View, b: View): boolean {
  return fragmentOf(a) === fragmentOf(b);
}

/**
 * The view a fragment names, or null when it names none (no fragment, or one that belongs to
 * something else, such as a clinic's `#clinic=` link): the start, with the fragment left alone.
 */
export function parseView(hash: string): View | null {
  const parts = hash.replace(/^#/, '').split('/');
  const change = parts.length > 1 && parts.at(-1) === CHANGE;
  if (change) parts.pop();
  const [first, id, ...rest] = parts;
  if (rest.length > 0) return null;
  if (id === undefined) {
    if (first === 'who') return { kind: 'start', change };
    if (first === 'emergency') return { kind: 'emergency', change };
    if (first === 'check' && !change) return CHECK;
    const step = DECISION_STEPS.find((s) => s === first);
    if (step) return { kind: 'decision', step, change };
    return null;
  }
  if (!PERSPECTIVES.includes(first as Perspective) || !ID.test(id)) return null;
  return { kind: 'question', perspective: first as Perspective, id, change };
}

function viewOf(step: Step, perspective: Perspective, change: boolean): View {
  if (step.kind === 'question') return { kind: 'question', perspective, id: step.id, change };
  return step.kind === 'emergency' ? { kind: 'emergency', change } : CHECK;
}

/**
 * Going forward from the questions: the optional decision steps come before Check your answers.
 * In Change mode they are not asked again: they are optional, so none is ever "still open".
 */
function onward(view: View, change: boolean): View {
  return view.kind === 'check' && !change ? FIRST_DECISION : view;
}

/**
 * Where a requested view lands given the saved answers. A question page's own perspective wins (it
 * is what the person is reading); a question that does not apply to the answers goes to the first
 * open step; Check your answers needs someone to ask for. The emergency advice always shows.
 */
export function locate(rules: FlowRules, saved: GuideState, requested: View | null): Position {
  const view = requested ?? START;
  const state = sanitizeGuide(
    view.kind === 'question' ? { ...saved, perspective: view.perspective } : saved,
    rules,
  );
  const { perspective } = state;
  if (view.kind === 'start') return { view: perspective ? view : START, state };
  if (view.kind === 'emergency') return { view, state };
  if (!perspective) return { view: START, state };
  if (view.kind === 'check' || view.kind === 'decision') return { view, state };
  const situation = { perspective, answers: state.answers };
  if (questionsFor(rules, situation).some((t) => t.id === view.id)) return { view, state };
  return { view: viewOf(firstUnanswered(rules, situation), perspective, view.change), state };
}

/**
 * The answer to the start or a question, and the view that follows it: the next question, the
 * emergency advice after an emergency answer, or Check your answers. In Change mode (reached from
 * Check your answers) only questions still unanswered are asked before going back there.
 */
export function answer(rules: FlowRules, at: Position, value: string): Position {
  const { view } = at;
  if (view.kind === 'start') {
    const perspective = PERSPECTIVES.find((p) => p === value);
    if (!perspective) return at;
    const state = choosePerspective(at.state, rules, perspective);
    const first = questionsFor(rules, { perspective, answers: state.answers })[0];
    return {
      state,
      view: view.change || !first ? CHECK : viewOf({ kind: 'question', id: first.id }, perspective, false),
    };
  }
  if (view.kind === 'decision') return answerStep(at, value);
  if (view.kind !== 'question') return at;
  const { perspective, id, change } = view;
  if (!rules.triggers.some((t) => t.id === id && t.answers.some((a) => a.value === value))) return at;
  const state = answerQuestion(at.state, rules, id, value);
  const situation = { perspective, answers: state.answers };
  const step = nextStep(rules, situation, id);
  const then = change && step.kind !== 'emergency' ? firstUnanswered(rules, situation) : step;
  return { state, view: onward(viewOf(then, perspective, change), change) };
}

/** The view after a decision step: the next one, or Check your answers after the last or in Change mode. */
function afterStep(view: Extract<View, { kind: 'decision' }>): View {
  const next = DECISION_STEPS[DECISION_STEPS.indexOf(view.step) + 1];
  return view.change || !next ? CHECK : { kind: 'decision', step: next, change: false };
}

/**
 * The answer to a decision step (one id, or a list for "pick any"), or `undefined` for Skip, which
 * clears it. Kept apart from `answers`, so it never reaches the engine. A value the step does not
 * offer changes nothing.
 */
export function answerStep(at: Position, value: string | readonly string[] | undefined): Position {
  const { view } = at;
  if (view.kind !== 'decision') return at;
  const read = value === undefined ? undefined : readDecisionValue(view.step, value);
  if (read === null) return at;
  return { state: answerDecision(at.state, view.step, read), view: afterStep(view) };
}

/** From the emergency advice, for someone who was not sure: back to the questions. */
export function carryOn(rules: FlowRules, at: Position): View | null {
  const { perspective, answers } = at.state;
  if (at.view.kind !== 'emergency' || !perspective || answers[EMERGENCY_ID] !== 'not-sure') return null;
  const step = at.view.change
    ? firstUnanswered(rules, { perspective, answers })
    : questionAfter(rules, { perspective, answers }, EMERGENCY_ID);
  return onward(viewOf(step, perspective, at.view.change), at.view.change);
}

/**
 * Where a view's Back link goes: the question before, the start, or Check your answers in Change
 * mode; from Check your answers, the last view before it going forward (the last optional step, or
 * the emergency advice after an emergency answer). Null: leave the guide.
 */
export function backOf(rules: FlowRules, at: Position): View | null {
  const { view } = at;
  if (view.kind === 'start') return view.change ? CHECK : null;
  if (view.kind === 'check') {
    if (!at.state.perspective) return null;
    return at.state.answers[EMERGENCY_ID] === 'yes'
      ? { kind: 'emergency', change: false }
      : { kind: 'decision', step: DECISION_STEPS[DECISION_STEPS.length - 1]!, change: false };
  }
  if (view.kind === 'decision') return decisionBack(rules, at.state, view);
  if (view.kind !== 'question') return null;
  if (view.change) return CHECK;
  const previous = previousQuestion(
    rules,
    { perspective: view.perspective, answers: at.state.answers },
    view.id,
  );
  return previous ? { kind: 'question', perspective: view.perspective, id: previous, change: false } : START;
}

/** Back from a decision step: the step before, or the last question asked, or Check your answers in Change mode. */
function decisionBack(rules: FlowRules, state: GuideState, view: Extract<View, { kind: 'decision' }>): View {
  if (view.change) return CHECK;
  const before = DECISION_STEPS[DECISION_STEPS.indexOf(view.step) - 1];
  if (before) return { kind: 'decision', step: before, change: false };
  const { perspective } = state;
  const last = perspective ? questionsFor(rules, { perspective, answers: state.answers }).at(-1) : undefined;
  return perspective && last ? { kind: 'question', perspective, id: last.id, change: false } : START;
}

/**
 * Where "Carry on where you left off" goes for saved answers: the first question still open, the
 * emergency advice after an emergency answer, or Check your answers when every question is answered
 * (it leads on to the result). With no one chosen yet, the start.
 */
export function resumeView(rules: FlowRules, saved: GuideState): View {
  const state = sanitizeGuide(saved, rules);
  const { perspective, answers } = state;
  if (!perspective) return START;
  return viewOf(firstUnanswered(rules, { perspective, answers }), perspective, false);
}

/** The Change link for one decision step on Check your answers. */
export function changeStep(step: DecisionStep): View {
  return { kind: 'decision', step, change: true };
}

/** The Change link for one answer on Check your answers (or for who it is for, with no id). */
export function changeView(perspective: Perspective, id?: string): View {
  return id ? { kind: 'question', perspective, id, change: true } : { kind: 'start', change: true };
}
