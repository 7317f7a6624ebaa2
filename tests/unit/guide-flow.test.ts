import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { EMERGENCY_ID, type Perspective, PERSPECTIVES, questionsFor } from '@/lib/engine';
import { DECISION_STEPS, type DecisionStep, decisionQuestion } from '@/lib/guide/decision';
import {
  answer,
  answerStep,
  backOf,
  CHECK,
  carryOn,
  changeStep,
  changeView,
  fragmentOf,
  hrefOf,
  locate,
  parseView,
  type Position,
  START,
  type View,
} from '@/lib/guide/flow';
import { EMPTY_GUIDE, type GuideState } from '@/lib/guide/state';

const rules = getContent().rules;
const SERIOUS = 'serious-diagnosis';
const CANCER = 'cancer-diagnosis';
const CHILD_ONLY = 'child-hard-to-describe';

const question = (perspective: Perspective, id: string, change = false): View => ({
  kind: 'question',
  perspective,
  id,
  change,
});
const emergency = (change = false): View => ({ kind: 'emergency', change });
const step = (name: DecisionStep, change = false): View => ({ kind: 'decision', step: name, change });
const saved = (perspective: Perspective | null, answers: Record<string, string> = {}): GuideState => ({
  ...EMPTY_GUIDE,
  perspective,
  answers,
});
/** Where a person with `state` saved lands on asking for `view`. */
const at = (state: GuideState, view: View | null): Position => locate(rules, state, view);
/** Answers the view `view` lands on, with `value`. */
const reply = (state: GuideState, view: View, value: string) => answer(rules, at(state, view), value);

/** Every answer of every question this person is asked, all "no" (or the first option). */
function allNo(perspective: Perspective): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const t of questionsFor(rules, { perspective, answers })) {
    answers[t.id] = t.answers.some((a) => a.value === 'no') ? 'no' : t.answers[0]!.value;
  }
  return answers;
}

describe('fragments', () => {
  const views: View[] = [
    START,
    { kind: 'start', change: true },
    CHECK,
    emergency(),
    emergency(true),
    ...PERSPECTIVES.flatMap((p) => [question(p, SERIOUS), question(p, SERIOUS, true)]),
    ...DECISION_STEPS.flatMap((name) => [step(name), step(name, true)]),
  ];

  it.each(views.map((view) => [fragmentOf(view), view] as const))(
    '"%s" reads back as the same view',
    (_, view) => {
      expect(parseView(hrefOf(view))).toEqual(view);
      expect(parseView(fragmentOf(view))).toEqual(view);
    },
  );

  it('names the views plainly', () => {
    expect(hrefOf(question('self', SERIOUS))).toBe('#self/serious-diagnosis');
    expect(hrefOf(question('child', SERIOUS, true))).toBe('#child/serious-diagnosis/change');
    expect(hrefOf(CHECK)).toBe('#check');
    expect(hrefOf(emergency())).toBe('#emergency');
    expect(hrefOf(START)).toBe('#who');
  });

  it.each([
    '',
    '#',
    '#clinic=v1.abc',
    '#share=',
    '#<img src=x>',
    '#robot/serious-diagnosis',
    '#self',
    '#self/',
    '#self/Serious',
    '#self/../check',
    '#self/serious-diagnosis/extra',
    '#self/serious-diagnosis/change/change',
    '#check/change',
    '#change',
    '#who/who',
    `#self/${'a'.repeat(81)}`,
    '#constructor',
    '#__proto__/x',
  ])('%j names no view, so it opens the start and is left alone', (hash) => {
    expect(parseView(hash)).toBeNull();
    expect(at(saved('self', allNo('self')), parseView(hash)).view).toEqual(START);
  });
});

describe('every view is reachable, and every move lands on a view that stands', () => {
  /** The answers that decide which questions are asked; two walks differing only elsewhere go the same way. */
  const deciding = [
    ...new Set(rules.triggers.flatMap((t) => (t.askWhen ?? []).flatMap((c) => Object.keys(c)))),
  ].filter((key) => key !== 'perspective');

  /** Breadth-first over the whole flow from the start, trying every answer at every view. */
  function explore() {
    const seen = new Map<string, Position>();
    const edges: [Position, string, Position][] = [];
    const queue: Position[] = [at(EMPTY_GUIDE, START)];
    const key = ({ view, state }: Position) =>
      `${fragmentOf(view)}|${state.perspective}|${deciding.map((id) => state.answers[id]).join(',')}|${state.answers[EMERGENCY_ID]}`;
    while (queue.length > 0) {
      const here = queue.shift()!;
      if (seen.has(key(here))) continue;
      seen.set(key(here), here);
      const { view } = here;
      const values =
        view.kind === 'start'
          ? [...PERSPECTIVES]
          : view.kind === 'question'
            ? rules.triggers.find((t) => t.id === view.id)!.answers.map((a) => a.value)
            : [];
      for (const value of values) {
        const next = answer(rules, here, value);
        edges.push([here, value, next]);
        queue.push(next);
      }
      if (view.kind === 'decision') {
        const next = answerStep(here, undefined);
        edges.push([here, 'skip', next]);
        queue.push(next);
      }
      const onward = carryOn(rules, here);
      if (onward) {
        const next = { view: onward, state: here.state };
        edges.push([here, 'carry on', next]);
        queue.push(next);
      }
    }
    return { positions: [...seen.values()], edges };
  }
  const { positions, edges } = explore();
  const reached = new Set(positions.map((p) => fragmentOf(p.view)));

  it('reaches every question of every perspective, the emergency advice and Check your answers', () => {
    for (const p of PERSPECTIVES)
      for (const t of rules.triggers.filter((t) => t.perspectives.includes(p)))
        expect(reached, `${p}/${t.id}`).toContain(`${p}/${t.id}`);
    expect(reached).toContain('emergency');
    expect(reached).toContain('check');
    for (const name of DECISION_STEPS) expect(reached).toContain(name);
    // Nothing outside a perspective, and no Change mode, without a Change link.
    for (const p of PERSPECTIVES)
      for (const t of rules.triggers.filter((t) => !t.perspectives.includes(p)))
        expect(reached).not.toContain(`${p}/${t.id}`);
    expect([...reached].filter((f) => f.endsWith('/change'))).toEqual([]);
  });

  it('every move lands on a view the new answers allow, and saves the answer', () => {
    expect(edges.length).toBeGreaterThan(100);
    for (const [from, value, to] of edges) {
      const label = `${fragmentOf(from.view)} --${value}--> ${fragmentOf(to.view)}`;
      expect(at(to.state, to.view).view, label).toEqual(to.view);
      if (from.view.kind === 'question') {
        expect(to.state.answers[from.view.id], label).toBe(value);
        if (to.view.kind === 'question') {
          const asked = questionsFor(rules, { perspective: to.view.perspective, answers: to.state.answers });
          const order = (id: string) => asked.findIndex((t) => t.id === id);
          // Always forward, to the very next question asked.
          expect(order(to.view.id), label).toBe(order(from.view.id) + 1);
        }
      }
    }
  });

  it('stops at the emergency advice only after yes or not sure to emergency signs', () => {
    for (const [from, value, to] of edges) {
      if (to.view.kind !== 'emergency') continue;
      expect(from.view).toMatchObject({ kind: 'question', id: EMERGENCY_ID });
      expect(['yes', 'not-sure']).toContain(value);
    }
    for (const [from, value, to] of edges)
      if (from.view.kind === 'question' && from.view.id === EMERGENCY_ID && value === 'no')
        expect(to.view).toMatchObject({ kind: 'question', id: 'time-sensitive' });
  });

  it('Check your answers comes only after the last question asked', () => {
    for (const [from, , to] of edges) {
      if (to.view.kind !== 'check' || from.view.kind !== 'question') continue;
      const asked = questionsFor(rules, { perspective: from.view.perspective, answers: to.state.answers });
      expect(asked.at(-1)?.id).toBe(from.view.id);
    }
  });
});

describe('locating a view', () => {
  const states = [
    EMPTY_GUIDE,
    saved('self'),
    saved('child', { [EMERGENCY_ID]: 'yes' }),
    saved('other', { [EMERGENCY_ID]: 'not-sure', [SERIOUS]: 'yes' }),
    ...PERSPECTIVES.map((p) => saved(p, allNo(p))),
  ];
  const views: (View | null)[] = [
    null,
    START,
    changeView('self'),
    CHECK,
    emergency(),
    emergency(true),
    ...PERSPECTIVES.flatMap((p) =>
      [...rules.triggers.map((t) => t.id), 'no-such-question'].flatMap((id) => [
        question(p, id),
        question(p, id, true),
      ]),
    ),
  ];

  it('lands on a view that stands: locating it again changes nothing', () => {
    for (const state of states)
      for (const view of views) {
        const landed = at(state, view);
        expect(at(state, landed.view).view, `${view && fragmentOf(view)}`).toEqual(landed.view);
      }
  });
});

describe('the start', () => {
  it.each(PERSPECTIVES)('choosing "%s" saves it and opens its first question', (p) => {
    const next = reply(EMPTY_GUIDE, START, p);
    expect(next.state.perspective).toBe(p);
    expect(next.view).toEqual(question(p, EMERGENCY_ID));
  });

  it('ignores an answer that is not a perspective', () => {
    const here = at(EMPTY_GUIDE, START);
    expect(answer(rules, here, 'robot')).toBe(here);
  });

  it('has no Back within the guide (its Back link leaves for the home page)', () => {
    expect(backOf(rules, at(EMPTY_GUIDE, START))).toBeNull();
  });
});

describe('questions', () => {
  const state = saved('self', { [EMERGENCY_ID]: 'no', 'time-sensitive': 'no', [SERIOUS]: 'yes' });

  it('Back goes to the question before, or to the start from the first', () => {
    expect(backOf(rules, at(state, question('self', SERIOUS)))).toEqual(question('self', 'time-sensitive'));
    expect(backOf(rules, at(state, question('self', CANCER)))).toEqual(question('self', SERIOUS));
    expect(backOf(rules, at(state, question('self', EMERGENCY_ID)))).toEqual(START);
  });

  it('a question that no longer applies goes to the first one still open', () => {
    const noSerious = { ...state, answers: { ...state.answers, [SERIOUS]: 'no' } };
    expect(at(noSerious, question('self', CANCER)).view).toEqual(question('self', 'rare-condition'));
    expect(at(saved('self'), question('self', CANCER)).view).toEqual(question('self', EMERGENCY_ID));
  });

  it('an unknown question, or one not asked of this perspective, resolves the same way', () => {
    expect(at(state, question('self', 'no-such-question')).view).toEqual(question('self', CANCER));
    expect(at(saved('self', allNo('self')), question('self', CHILD_ONLY)).view).toEqual(CHECK);
    // One that applies opens even with earlier questions still open: a bookmark goes where it says.
    expect(at(saved('child'), question('child', CHILD_ONLY)).view).toEqual(question('child', CHILD_ONLY));
  });

  it("a question's own perspective wins: it is what the person is reading", () => {
    const here = at(state, question('child', SERIOUS));
    expect(here.view).toEqual(question('child', SERIOUS));
    expect(here.state.perspective).toBe('child');
    expect(answer(rules, here, 'no').state).toMatchObject({
      perspective: 'child',
      answers: { [SERIOUS]: 'no' },
    });
  });

  it('with no answers saved, a question opens for its perspective', () => {
    expect(at(EMPTY_GUIDE, question('other', EMERGENCY_ID)).view).toEqual(question('other', EMERGENCY_ID));
  });

  it('the saved answers are sanitised once, here: unknown and no-longer-asked answers are dropped', () => {
    const messy = saved('self', {
      ...state.answers,
      [SERIOUS]: 'no',
      [CANCER]: 'yes',
      'made-up': 'yes',
      'time-sensitive': 'maybe',
    });
    expect(at(messy, CHECK).state.answers).toEqual({ [EMERGENCY_ID]: 'no', [SERIOUS]: 'no' });
  });

  it('ignores an answer the question does not offer', () => {
    const here = at(state, question('self', CANCER));
    expect(answer(rules, here, 'perhaps')).toBe(here);
  });
});

describe('the emergency stop', () => {
  it('yes stops at the emergency advice, with no way on but changing the answer', () => {
    const next = reply(saved('self'), question('self', EMERGENCY_ID), 'yes');
    expect(next.view).toEqual(emergency());
    expect(carryOn(rules, at(next.state, next.view))).toBeNull();
  });

  it('not sure shows the advice, then lets the person carry on to the next question', () => {
    const next = reply(saved('other'), question('other', EMERGENCY_ID), 'not-sure');
    expect(next.view).toEqual(emergency());
    expect(carryOn(rules, at(next.state, next.view))).toEqual(question('other', 'time-sensitive'));
  });

  it('the advice always shows, even with nothing saved', () => {
    expect(at(EMPTY_GUIDE, emergency()).view).toEqual(emergency());
    expect(carryOn(rules, at(EMPTY_GUIDE, emergency()))).toBeNull();
  });

  it('there is no carrying on after "no", or from any other view', () => {
    const answered = saved('self', { [EMERGENCY_ID]: 'no' });
    expect(carryOn(rules, at(answered, emergency()))).toBeNull();
    expect(carryOn(rules, at(saved('self', { [EMERGENCY_ID]: 'not-sure' }), CHECK))).toBeNull();
  });
});

describe('Check your answers and Change mode', () => {
  const done = saved('self', allNo('self'));

  it('needs someone to ask for: with nothing saved it goes to the start', () => {
    expect(at(EMPTY_GUIDE, CHECK).view).toEqual(START);
    expect(at(done, CHECK).view).toEqual(CHECK);
  });

  it('a Change link opens the question in Change mode, and Back returns to the check', () => {
    const here = at(done, changeView('self', SERIOUS));
    expect(here.view).toEqual(question('self', SERIOUS, true));
    expect(backOf(rules, here)).toEqual(CHECK);
    expect(backOf(rules, at(done, changeView('self')))).toEqual(CHECK);
  });

  it('a changed answer returns to the check, asking first any question it opens', () => {
    expect(reply(done, changeView('self', 'surgery-recommended'), 'yes').view).toEqual(CHECK);
    const opened = reply(done, changeView('self', SERIOUS), 'yes');
    expect(opened.view).toEqual(question('self', CANCER, true));
    const back = answer(rules, at(opened.state, opened.view), 'no');
    expect(back.view).toEqual(CHECK);
    expect(back.state.answers).toMatchObject({ [SERIOUS]: 'yes', [CANCER]: 'no' });
  });

  it('changing who it is for keeps the answers that still apply and returns to the check', () => {
    const next = reply(done, changeView('self'), 'child');
    expect(next.view).toEqual(CHECK);
    expect(next.state.perspective).toBe('child');
    expect(next.state.answers[SERIOUS]).toBe('no');
    // The child-only question is now open, and shows as such on the check.
    expect(next.state.answers[CHILD_ONLY]).toBeUndefined();
  });

  it('changing emergency signs to yes stops at the advice; not sure carries on back to the check', () => {
    expect(reply(done, changeView('self', EMERGENCY_ID), 'yes').view).toEqual(emergency(true));
    const unsure = reply(done, changeView('self', EMERGENCY_ID), 'not-sure');
    expect(unsure.view).toEqual(emergency(true));
    expect(carryOn(rules, at(unsure.state, unsure.view))).toEqual(CHECK);
  });

  it('in Change mode, carrying on goes to the first open question, still in Change mode', () => {
    const partial = saved('self', { [EMERGENCY_ID]: 'not-sure', 'time-sensitive': 'no' });
    expect(carryOn(rules, at(partial, emergency(true)))).toEqual(question('self', SERIOUS, true));
  });

  it('a Change link whose question no longer applies goes to the next open step, keeping Change mode', () => {
    const partial = saved('self', { [EMERGENCY_ID]: 'no', [SERIOUS]: 'no' });
    expect(at(partial, changeView('self', CANCER)).view).toEqual(question('self', 'time-sensitive', true));
    expect(at(done, changeView('self', CANCER)).view).toEqual(CHECK);
  });

  it('Change mode on the start needs a saved perspective', () => {
    expect(at(EMPTY_GUIDE, changeView('self')).view).toEqual(START);
  });
});

describe('the optional decision steps', () => {
  const done = saved('self', allNo('self'));
  const last = questionsFor(rules, { perspective: 'self', answers: done.answers }).at(-1)!;

  it('come after the last question, in order, each skippable, then Check your answers', () => {
    const lastAnswer = done.answers[last.id]!;
    let here = answer(rules, at(done, question('self', last.id)), lastAnswer);
    const seen: string[] = [];
    while (here.view.kind === 'decision') {
      seen.push(here.view.step);
      here = answerStep(here, undefined);
    }
    expect(seen).toEqual([...DECISION_STEPS]);
    expect(here.view).toEqual(CHECK);
    expect(here.state.decision).toEqual({});
  });

  it('save an answer apart from the questions, so it never reaches the engine', () => {
    const matters = answerStep(at(done, step('matters')), ['known-doctor', 'sure-of-diagnosis']);
    expect(matters.view).toEqual(step('others'));
    expect(matters.state.decision).toEqual({ matters: ['sure-of-diagnosis', 'known-doctor'] });
    expect(matters.state.answers).toEqual(done.answers);
    const role = answerStep(at(matters.state, step('role')), 'others');
    expect(role.view).toEqual(CHECK);
    expect(role.state.decision).toEqual({ matters: ['sure-of-diagnosis', 'known-doctor'], role: 'others' });
  });

  it('ignore a value the step does not offer, and Skip clears a saved answer', () => {
    const here = at({ ...done, decision: { pressure: 'yes' } }, step('pressure'));
    expect(answerStep(here, 'maybe')).toBe(here);
    expect(answerStep(here, ['yes'])).toBe(here);
    expect(answerStep(at(done, step('matters')), 'start-sooner')).toEqual(at(done, step('matters')));
    const skipped = answerStep(here, undefined);
    expect(skipped.state.decision).toEqual({});
    expect(skipped.view).toEqual(step('role'));
  });

  it('go Back to the step before, the first to the last question, and in Change mode to the check', () => {
    expect(backOf(rules, at(done, step('matters')))).toEqual(question('self', last.id));
    expect(backOf(rules, at(done, step('pressure')))).toEqual(step('others'));
    expect(backOf(rules, at(done, changeStep('role')))).toEqual(CHECK);
  });

  it('return to the check from a Change link, answered or skipped', () => {
    expect(answerStep(at(done, changeStep('matters')), ['cost-and-travel']).view).toEqual(CHECK);
    expect(answerStep(at(done, changeStep('others')), undefined).view).toEqual(CHECK);
  });

  it('are not asked again when an answer is changed from the check', () => {
    expect(reply(done, changeView('self', last.id), done.answers[last.id]!).view).toEqual(CHECK);
  });

  it('need someone to ask for, and open whatever is answered so far', () => {
    expect(at(EMPTY_GUIDE, step('others')).view).toEqual(START);
    expect(at(saved('child'), step('others')).view).toEqual(step('others'));
  });

  it('have a question for every perspective', () => {
    for (const p of PERSPECTIVES)
      for (const name of DECISION_STEPS)
        expect(decisionQuestion(name, p, (key) => `guide.decision.${key}`).question).toBe(
          `guide.decision.steps.${name}.question.${p}`,
        );
  });
});
