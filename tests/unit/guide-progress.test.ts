import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { EMERGENCY_ID, type Perspective, PERSPECTIVES, questionsFor } from '@/lib/engine';
import { DECISION_STEPS } from '@/lib/guide/decision';
import {
  answer,
  answerStep,
  backOf,
  carryOn,
  fragmentOf,
  locate,
  resumeView,
  type Position,
  START,
} from '@/lib/guide/flow';
import { type Progress, questionProgress, stepProgress } from '@/lib/guide/progress';
import { EMPTY_GUIDE } from '@/lib/guide/state';

const rules = getContent().rules;
const SERIOUS = 'serious-diagnosis';
const CANCER = 'cancer-diagnosis';

/** The answers that decide which questions are asked; paths differing only elsewhere go the same way. */
const deciding = new Set([
  EMERGENCY_ID,
  ...rules.triggers
    .flatMap((t) => (t.askWhen ?? []).flatMap((c) => Object.keys(c)))
    .filter((k) => k !== 'perspective'),
]);

/** What the wizard shows on a view: the progress of a question or an optional step, or nothing. */
function shown({ view, state }: Position): Progress | null {
  if (!state.perspective) return null;
  if (view.kind === 'question') return questionProgress(rules, view.perspective, state.answers, view.id);
  if (view.kind === 'decision') return stepProgress(rules, state.perspective, state.answers, view.step);
  return null;
}

interface Walk {
  label: string;
  steps: { fragment: string; progress: Progress }[];
}

/**
 * Every way through the wizard going forward, as the pages move: each answer of each deciding
 * question (the emergency one included, with its advice and "carry on"), then the optional steps,
 * answered or skipped, until Check your answers or the emergency stop.
 */
function allWalks(): Walk[] {
  const walks: Walk[] = [];
  function go(at: Position, label: string, steps: Walk['steps']): void {
    const progress = shown(at);
    const here = progress ? [...steps, { fragment: fragmentOf(at.view), progress }] : steps;
    const { view } = at;
    if (view.kind === 'check') {
      walks.push({ label, steps: here });
      return;
    }
    if (view.kind === 'emergency') {
      const onward = carryOn(rules, at);
      if (onward) go({ view: onward, state: at.state }, `${label} > carry on`, here);
      else walks.push({ label, steps: here });
      return;
    }
    if (view.kind === 'decision') {
      go(answerStep(at, undefined), `${label} > skip`, here);
      if (view.step === DECISION_STEPS[0]) go(answerStep(at, ['start-sooner']), `${label} > matters`, here);
      return;
    }
    if (view.kind === 'start') {
      for (const p of PERSPECTIVES) go(answer(rules, at, p), p, here);
      return;
    }
    const trigger = rules.triggers.find((t) => t.id === view.id)!;
    const values = deciding.has(trigger.id)
      ? trigger.answers.map((a) => a.value)
      : [trigger.answers.at(-1)!.value];
    for (const value of values) go(answer(rules, at, value), `${label} > ${view.id}=${value}`, here);
  }
  go(locate(rules, EMPTY_GUIDE, START), '', []);
  return walks;
}

const walks = allWalks();

describe('progress through the wizard', () => {
  it('walks every way, including ones where an answer opens a follow-up question', () => {
    expect(walks.length).toBeGreaterThan(20);
    const opened = walks.filter((w) => w.steps.some((s) => s.fragment.endsWith(`/${CANCER}`)));
    expect(opened.length).toBeGreaterThan(0);
    for (const w of walks) expect(w.steps.length, w.label).toBeGreaterThan(0);
  });

  it('the position rises by exactly one with each question answered going forward', () => {
    for (const { label, steps } of walks)
      steps.forEach(({ progress }, i) => expect(progress.position, `${label} step ${i}`).toBe(i + 1));
  });

  it('the number left only ever shrinks, by at least one per answer, so the end never moves away', () => {
    for (const { label, steps } of walks)
      for (let i = 1; i < steps.length; i++) {
        const before = steps[i - 1]!.progress;
        const after = steps[i]!.progress;
        const where = `${label}: ${steps[i - 1]!.fragment} -> ${steps[i]!.fragment}`;
        expect(after.left, where).toBeLessThanOrEqual(before.left - 1);
        // The furthest end shown ("position + left") never grows; "3 of 18" to "4 of 19" would fail here.
        expect(after.position + after.left, where).toBeLessThanOrEqual(before.position + before.left);
        // Once the count is sure, it stays sure.
        if (before.exact) expect(after.exact, where).toBe(true);
      }
  });

  it('is honest: never fewer left than this walk still asks, exactly that when it says so, and reached by some walk', () => {
    const furthest = new Map<string, number>();
    for (const { label, steps } of walks)
      steps.forEach(({ fragment, progress }, i) => {
        const still = steps.length - 1 - i;
        expect(progress.left, `${label} at ${fragment}`).toBeGreaterThanOrEqual(still);
        if (progress.exact) expect(progress.left, `${label} at ${fragment}`).toBe(still);
        if (i === 0)
          furthest.set(label.split(' ')[0]!, Math.max(furthest.get(label.split(' ')[0]!) ?? 0, still));
      });
    // The first question's "up to" is what the longest walk for that perspective really asks.
    for (const p of PERSPECTIVES) {
      const first = questionsFor(rules, { perspective: p, answers: {} })[0]!;
      expect(questionProgress(rules, p, {}, first.id)!.left, p).toBe(furthest.get(p));
    }
  });

  it('the last optional step says it is the last one, and a follow-up is counted before it opens', () => {
    const last = stepProgress(rules, 'self', {}, DECISION_STEPS.at(-1)!);
    expect(last).toMatchObject({ left: 0, exact: true });
    const before = questionProgress(rules, 'self', { [EMERGENCY_ID]: 'no' }, SERIOUS)!;
    const opened = questionProgress(rules, 'self', { [EMERGENCY_ID]: 'no', [SERIOUS]: 'yes' }, CANCER)!;
    expect(opened.position).toBe(before.position + 1);
    expect(opened.left).toBe(before.left - 1);
  });

  it('counts only questions asked of this person, and gives nothing for one that is not', () => {
    const perspective: Perspective = 'self';
    expect(questionProgress(rules, perspective, { [SERIOUS]: 'no' }, CANCER)).toBeNull();
    expect(questionProgress(rules, perspective, {}, EMERGENCY_ID)).toMatchObject({
      position: 1,
      exact: false,
    });
  });
});

describe('Back from Check your answers', () => {
  const asked = (perspective: Perspective) =>
    questionsFor(rules, { perspective, answers: { [EMERGENCY_ID]: 'no' } });

  it('goes to the last view before it going forward: the last optional step', () => {
    const answers = Object.fromEntries(
      asked('child').map((t) => [t.id, t.id === EMERGENCY_ID ? 'no' : t.answers[0]!.value]),
    );
    const here = locate(rules, { ...EMPTY_GUIDE, perspective: 'child', answers }, { kind: 'check' });
    expect(here.view).toEqual({ kind: 'check' });
    expect(backOf(rules, here)).toEqual({ kind: 'decision', step: DECISION_STEPS.at(-1), change: false });
  });

  it('goes to the emergency advice after an emergency answer', () => {
    const here = locate(
      rules,
      { ...EMPTY_GUIDE, perspective: 'self', answers: { [EMERGENCY_ID]: 'yes' } },
      { kind: 'check' },
    );
    expect(backOf(rules, here)).toEqual({ kind: 'emergency', change: false });
  });
});

describe('carrying on with saved answers', () => {
  it('goes to the first question still open, then to Check your answers once all are answered', () => {
    const answers: Record<string, string> = {};
    let open = questionsFor(rules, { perspective: 'other', answers })[0];
    while (open) {
      expect(resumeView(rules, { ...EMPTY_GUIDE, perspective: 'other', answers })).toEqual({
        kind: 'question',
        perspective: 'other',
        id: open.id,
        change: false,
      });
      answers[open.id] = open.id === EMERGENCY_ID ? 'no' : open.answers[0]!.value;
      open = questionsFor(rules, { perspective: 'other', answers }).find((t) => answers[t.id] === undefined);
    }
    expect(Object.keys(answers)).toContain(CANCER);
    expect(resumeView(rules, { ...EMPTY_GUIDE, perspective: 'other', answers })).toEqual({ kind: 'check' });
  });

  it('goes to the emergency advice after an emergency answer, and to the start with no one chosen', () => {
    expect(
      resumeView(rules, { ...EMPTY_GUIDE, perspective: 'self', answers: { [EMERGENCY_ID]: 'yes' } }),
    ).toEqual({
      kind: 'emergency',
      change: false,
    });
    expect(resumeView(rules, { ...EMPTY_GUIDE, sure: { x: 'yes' } })).toEqual(START);
  });
});
