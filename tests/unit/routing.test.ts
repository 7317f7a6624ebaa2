import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import {
  EMERGENCY_ID,
  firstUnanswered,
  nextStep,
  type Perspective,
  PERSPECTIVES,
  previousQuestion,
  pruneAnswers,
  questionAfter,
  questionsFor,
  type Situation,
  type Step,
  type TriggerRule,
} from '@/lib/engine';

const rules = getContent().rules;
const SERIOUS = 'serious-diagnosis';
const CANCER = 'cancer-diagnosis';
const CHILD_ONLY = 'child-hard-to-describe';

const ids = (triggers: readonly { id: string }[]) => triggers.map((t) => t.id);
const allowedFor = (p: Perspective) => rules.triggers.filter((t) => t.perspectives.includes(p));
const byId = (id: string) => rules.triggers.find((t) => t.id === id);

/**
 * Answers that make `target` be asked: its askWhen satisfied by the first condition that fits the
 * perspective, and the same done for every question that condition depends on. Undefined when none fits.
 */
function answersReaching(target: TriggerRule, perspective: Perspective): Record<string, string> | undefined {
  if (!target.perspectives.includes(perspective)) return undefined;
  if (!target.askWhen) return {};
  for (const condition of target.askWhen) {
    const answers: Record<string, string> = {};
    let fits = true;
    for (const [key, values] of Object.entries(condition)) {
      if (key === 'perspective') {
        fits &&= values.includes(perspective);
        continue;
      }
      const dependency = byId(key);
      const before = dependency && answersReaching(dependency, perspective);
      if (!before) fits = false;
      else Object.assign(answers, before, { [key]: values[0]! });
    }
    if (fits) return answers;
  }
  return undefined;
}

/** An answer that does not stop the wizard at the emergency page. */
function carryOn(t: TriggerRule): string {
  return t.id === EMERGENCY_ID ? 'no' : t.answers[0]!.value;
}

/** Plays the wizard from its first question, answering each with `pick`, as the pages do with nextStep. */
function walk(perspective: Perspective, pick: (t: TriggerRule) => string) {
  const visited: string[] = [];
  const answers: Record<string, string> = {};
  const first = questionsFor(rules, { perspective, answers })[0];
  let step: Step = first ? { kind: 'question', id: first.id } : { kind: 'check' };
  let steps = 0;
  while (step.kind === 'question' && steps <= rules.triggers.length) {
    const t = byId(step.id);
    if (!t) throw new Error(`nextStep went to an unknown question "${step.id}"`);
    visited.push(t.id);
    answers[t.id] = pick(t);
    step = nextStep(rules, { perspective, answers }, t.id);
    steps += 1;
  }
  return { visited, answers, end: step, steps };
}

describe('the real rule set', () => {
  it('asks questions in order, with emergency-symptoms first for every perspective', () => {
    const orders = rules.triggers.map((t) => t.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    for (const p of PERSPECTIVES)
      expect(questionsFor(rules, { perspective: p, answers: {} })[0]?.id).toBe(EMERGENCY_ID);
  });
});

describe.each(PERSPECTIVES)('routing node by node, perspective "%s"', (perspective) => {
  const allowed = allowedFor(perspective);

  describe.each(allowed.map((t) => [t.id, t] as const))('%s', (id, t) => {
    const reaching = answersReaching(t, perspective);

    it('is reachable: some answers make it asked', () => {
      expect(reaching).toBeDefined();
      const situation = { perspective, answers: reaching! };
      // The answers that make it asked are themselves still asked, so the wizard keeps them.
      expect(pruneAnswers(rules, situation)).toEqual(reaching);
      expect(ids(questionsFor(rules, situation))).toContain(id);
    });

    it('is visited by the wizard when the earlier questions are answered that way', () => {
      const { visited } = walk(perspective, (q) => reaching?.[q.id] ?? carryOn(q));
      expect(visited).toContain(id);
    });

    it('every answer leads to an asked question, the emergency page or Check your answers', () => {
      for (const { value } of t.answers) {
        const answers = { ...reaching, [id]: value };
        const situation = { perspective, answers };
        const step = nextStep(rules, situation, id);
        if (step.kind === 'question') {
          const asked = ids(questionsFor(rules, situation));
          expect(asked).toContain(step.id);
          expect(asked.indexOf(step.id)).toBeGreaterThan(asked.indexOf(id));
          expect(byId(step.id)!.order).toBeGreaterThan(t.order);
        } else if (step.kind === 'emergency') {
          expect(id).toBe(EMERGENCY_ID);
          expect(['yes', 'not-sure']).toContain(value);
        } else {
          expect(step).toEqual({ kind: 'check' });
          // Check your answers only comes after the last question this person is asked.
          expect(ids(questionsFor(rules, situation)).at(-1)).toBe(id);
        }
      }
    });
  });

  it('questions outside this perspective are never asked', () => {
    const everything = Object.fromEntries(rules.triggers.map((t) => [t.id, 'yes']));
    const asked = ids(questionsFor(rules, { perspective, answers: everything }));
    for (const t of rules.triggers)
      if (!t.perspectives.includes(perspective)) expect(asked).not.toContain(t.id);
  });
});

describe('following nextStep with random answers', () => {
  const answerChoices = fc.record(
    Object.fromEntries(rules.triggers.map((t) => [t.id, fc.constantFrom(...t.answers.map((a) => a.value))])),
  ) as fc.Arbitrary<Record<string, string>>;

  it('ends at Check your answers or the emergency page, never revisiting a question', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSPECTIVES), answerChoices, (perspective, choice) => {
        const { visited, end, steps } = walk(perspective, (t) => choice[t.id]!);
        expect(['check', 'emergency']).toContain(end.kind);
        expect(steps).toBeLessThanOrEqual(rules.triggers.length);
        expect(new Set(visited).size).toBe(visited.length);
      }),
      { numRuns: 300 },
    );
  });

  it('ends at the emergency page exactly when emergency-symptoms is "yes" or "not-sure"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSPECTIVES), answerChoices, (perspective, choice) => {
        const { visited, end } = walk(perspective, (t) => choice[t.id]!);
        const emergency = ['yes', 'not-sure'].includes(choice[EMERGENCY_ID]!);
        expect(end.kind).toBe(emergency ? 'emergency' : 'check');
        if (emergency) expect(visited).toEqual([EMERGENCY_ID]);
      }),
      { numRuns: 200 },
    );
  });

  it('reaching Check your answers means every question that applies was asked once, in order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSPECTIVES), answerChoices, (perspective, choice) => {
        const { visited, answers, end } = walk(perspective, (t) =>
          t.id === EMERGENCY_ID ? 'no' : choice[t.id]!,
        );
        expect(end.kind).toBe('check');
        const situation = { perspective, answers };
        expect(visited).toEqual(ids(questionsFor(rules, situation)));
        expect(pruneAnswers(rules, situation)).toEqual(answers);
        expect(firstUnanswered(rules, situation)).toEqual({ kind: 'check' });
      }),
      { numRuns: 200 },
    );
  });

  it('the back link agrees with the path taken', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSPECTIVES), answerChoices, (perspective, choice) => {
        const { visited, answers } = walk(perspective, (t) => (t.id === EMERGENCY_ID ? 'no' : choice[t.id]!));
        const situation = { perspective, answers };
        visited.forEach((id, i) => {
          expect(previousQuestion(rules, situation, id)).toBe(i === 0 ? null : visited[i - 1]);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('the emergency question', () => {
  it.each(PERSPECTIVES)('"yes" and "not-sure" go to the emergency page; "no" goes on (%s)', (perspective) => {
    const second = questionsFor(rules, { perspective, answers: {} })[1]!.id;
    for (const value of ['yes', 'not-sure'])
      expect(nextStep(rules, { perspective, answers: { [EMERGENCY_ID]: value } }, EMERGENCY_ID)).toEqual({
        kind: 'emergency',
      });
    expect(nextStep(rules, { perspective, answers: { [EMERGENCY_ID]: 'no' } }, EMERGENCY_ID)).toEqual({
      kind: 'question',
      id: second,
    });
  });

  it.each(PERSPECTIVES)(
    'carrying on from the emergency page goes to the second question (%s)',
    (perspective) => {
      const second = questionsFor(rules, { perspective, answers: {} })[1]!.id;
      expect(second).not.toBe(EMERGENCY_ID);
      for (const value of ['yes', 'not-sure'])
        expect(
          questionAfter(rules, { perspective, answers: { [EMERGENCY_ID]: value } }, EMERGENCY_ID),
        ).toEqual({
          kind: 'question',
          id: second,
        });
    },
  );

  it('only stops at the emergency page when the emergency question is the one just answered', () => {
    const situation: Situation = {
      perspective: 'self',
      answers: { [EMERGENCY_ID]: 'not-sure', 'time-sensitive': 'no' },
    };
    expect(nextStep(rules, situation, 'time-sensitive').kind).toBe('question');
  });
});

describe('conditional questions', () => {
  const seriousValues = byId(SERIOUS)!.answers.map((a) => a.value);

  it.each(PERSPECTIVES)(
    'cancer-diagnosis is asked only when serious-diagnosis is "yes" or "not-sure" (%s)',
    (p) => {
      expect(ids(questionsFor(rules, { perspective: p, answers: {} }))).not.toContain(CANCER);
      for (const value of seriousValues) {
        const asked = ids(questionsFor(rules, { perspective: p, answers: { [SERIOUS]: value } }));
        expect(asked.includes(CANCER)).toBe(value === 'yes' || value === 'not-sure');
      }
    },
  );

  it('after serious-diagnosis, "yes" leads to cancer-diagnosis and "no" skips it', () => {
    const after = (value: string) =>
      nextStep(rules, { perspective: 'self', answers: { [SERIOUS]: value } }, SERIOUS);
    expect(after('yes')).toEqual({ kind: 'question', id: CANCER });
    expect(after('not-sure')).toEqual({ kind: 'question', id: CANCER });
    const skipped = after('no');
    expect(skipped.kind).toBe('question');
    expect(skipped).not.toEqual({ kind: 'question', id: CANCER });
    expect(byId((skipped as { id: string }).id)!.order).toBeGreaterThan(byId(CANCER)!.order);
  });

  it('child-hard-to-describe is asked only for perspective "child"', () => {
    for (const p of PERSPECTIVES)
      expect(ids(questionsFor(rules, { perspective: p, answers: {} })).includes(CHILD_ONLY)).toBe(
        p === 'child',
      );
  });

  it('pruneAnswers drops cancer-diagnosis when serious-diagnosis becomes "no", and keeps the rest', () => {
    const answers = { [EMERGENCY_ID]: 'no', [SERIOUS]: 'yes', [CANCER]: 'yes', 'rare-condition': 'no' };
    expect(pruneAnswers(rules, { perspective: 'self', answers })).toEqual(answers);
    const changed = { ...answers, [SERIOUS]: 'no' };
    const pruned = pruneAnswers(rules, { perspective: 'self', answers: changed });
    expect(pruned).not.toHaveProperty(CANCER);
    expect(pruned).toEqual({ [EMERGENCY_ID]: 'no', [SERIOUS]: 'no', 'rare-condition': 'no' });
    expect(changed[CANCER]).toBe('yes');
  });

  it('pruneAnswers drops answers to questions not asked for the perspective, and unknown ids', () => {
    const answers = { [CHILD_ONLY]: 'yes', 'made-up': 'yes', [SERIOUS]: 'no' };
    expect(pruneAnswers(rules, { perspective: 'child', answers })).toEqual({
      [CHILD_ONLY]: 'yes',
      [SERIOUS]: 'no',
    });
    expect(pruneAnswers(rules, { perspective: 'self', answers })).toEqual({ [SERIOUS]: 'no' });
  });
});

describe('previousQuestion and firstUnanswered', () => {
  it.each(PERSPECTIVES)(
    'previousQuestion is null for the first question, otherwise the question asked before (%s)',
    (p) => {
      const situation = { perspective: p, answers: { [SERIOUS]: 'yes' } };
      const asked = ids(questionsFor(rules, situation));
      expect(asked).toContain(CANCER);
      asked.forEach((id, i) =>
        expect(previousQuestion(rules, situation, id)).toBe(i === 0 ? null : asked[i - 1]),
      );
    },
  );

  it('previousQuestion skips a question that is not asked', () => {
    const rare = 'rare-condition';
    expect(previousQuestion(rules, { perspective: 'self', answers: { [SERIOUS]: 'no' } }, rare)).toBe(
      SERIOUS,
    );
    expect(previousQuestion(rules, { perspective: 'self', answers: { [SERIOUS]: 'yes' } }, rare)).toBe(
      CANCER,
    );
  });

  it('firstUnanswered starts at the first question and moves on as questions are answered', () => {
    expect(firstUnanswered(rules, { perspective: 'self', answers: {} })).toEqual({
      kind: 'question',
      id: EMERGENCY_ID,
    });
    const second = questionsFor(rules, { perspective: 'self', answers: {} })[1]!.id;
    expect(firstUnanswered(rules, { perspective: 'self', answers: { [EMERGENCY_ID]: 'no' } })).toEqual({
      kind: 'question',
      id: second,
    });
  });

  it('firstUnanswered goes to the emergency page when emergency-symptoms is "yes"', () => {
    expect(firstUnanswered(rules, { perspective: 'other', answers: { [EMERGENCY_ID]: 'yes' } })).toEqual({
      kind: 'emergency',
    });
  });

  it('firstUnanswered finds a question that a changed answer opened, and Check your answers when all are done', () => {
    const done = Object.fromEntries(
      questionsFor(rules, { perspective: 'self', answers: { [SERIOUS]: 'no' } }).map((t) => [
        t.id,
        t.id === SERIOUS ? 'no' : carryOn(t),
      ]),
    );
    expect(firstUnanswered(rules, { perspective: 'self', answers: done })).toEqual({ kind: 'check' });
    expect(firstUnanswered(rules, { perspective: 'self', answers: { ...done, [SERIOUS]: 'yes' } })).toEqual({
      kind: 'question',
      id: CANCER,
    });
  });
});
