import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import {
  assess,
  AssessInputError,
  EMERGENCY_ID,
  type Level,
  OPINIONS_ID,
  type Perspective,
  PERSPECTIVES,
  type RuleSet,
  type TriggerRule,
} from '@/lib/engine';

const rules = getContent().rules;

function trigger(id: string): TriggerRule {
  const found = rules.triggers.find((t) => t.id === id);
  if (!found) throw new Error(`the real rule set has no trigger "${id}"`);
  return found;
}

function weightOf(id: string, value: string): number {
  const option = trigger(id).answers.find((a) => a.value === value);
  if (!option) throw new Error(`"${id}" has no answer "${value}"`);
  return option.weight;
}

/** The level the thresholds in rules.md give a score (urgent is reached only through the emergency question). */
function levelFromThresholds(score: number): Exclude<Level, 'urgent'> {
  const scored = (['strongly-consider', 'consider', 'optional'] as const).map((level) => ({
    level,
    minScore: rules.levels[level].minScore,
  }));
  const reached = scored.filter((l) => score >= l.minScore).sort((a, b) => b.minScore - a.minScore);
  return reached[0]?.level ?? 'optional';
}

function strongest(t: TriggerRule) {
  return t.answers.reduce((best, a) => (a.weight > best.weight ? a : best));
}

function allowedFor(perspective: Perspective) {
  return rules.triggers.filter((t) => t.perspectives.includes(perspective));
}

/** Every question this perspective can be asked, each answered with `pick`. */
function answerAll(perspective: Perspective, pick: (t: TriggerRule) => string): Record<string, string> {
  return Object.fromEntries(allowedFor(perspective).map((t) => [t.id, pick(t)]));
}

const yesOrStrongest = (t: TriggerRule) =>
  t.answers.some((a) => a.value === 'yes') ? 'yes' : strongest(t).value;
const noOrWeakest = (t: TriggerRule) =>
  t.answers.some((a) => a.value === 'no')
    ? 'no'
    : t.answers.reduce((low, a) => (a.weight < low.weight ? a : low)).value;

describe('assess: one answer at a time, for each trigger in the rule set', () => {
  it('the real rule set has the contract triggers and a weighted answer for most of them', () => {
    expect(rules.triggers.map((t) => t.id)).toEqual(expect.arrayContaining([EMERGENCY_ID, OPINIONS_ID]));
    expect(rules.triggers.filter((t) => strongest(t).weight > 0).length).toBeGreaterThan(10);
  });

  describe.each(rules.triggers.map((t) => [t.id, t] as const))('%s', (id, t) => {
    const perspective = t.perspectives[0]!;
    const best = strongest(t);

    it(`its strongest answer ("${best.value}") alone gives the reason its weight says`, () => {
      const result = assess({ perspective, answers: { [id]: best.value } }, rules);
      if (id === EMERGENCY_ID && best.value === 'yes') {
        expect(result.level).toBe('urgent');
        return;
      }
      if (best.weight === 0) {
        expect(result.reasons).toEqual([]);
        expect(result.score).toBe(0);
      } else {
        expect(result.reasons).toHaveLength(1);
        const [reason] = result.reasons;
        expect(reason).toMatchObject({
          triggerId: id,
          title: t.title,
          category: t.category,
          answer: best.value,
          contribution: best.weight,
          explanation: t.explanation,
        });
        expect(reason!.explanation.trim()).not.toBe('');
        expect(reason!.sources.length).toBeGreaterThanOrEqual(1);
        expect(reason!.sources.map((s) => s.id)).toEqual(t.sources.map((s) => s.id));
        expect(result.score).toBe(best.weight);
      }
      expect(result.level).toBe(levelFromThresholds(result.score));
      expect(result.levelText).toEqual(rules.levels[result.level]);
    });

    it('every other answer alone contributes exactly its weight', () => {
      for (const option of t.answers) {
        if (id === EMERGENCY_ID && option.value === 'yes') continue;
        const result = assess({ perspective, answers: { [id]: option.value } }, rules);
        expect(result.score).toBe(option.weight);
        expect(result.reasons.map((r) => r.contribution)).toEqual(option.weight > 0 ? [option.weight] : []);
        expect(result.level).toBe(levelFromThresholds(option.weight));
      }
    });
  });
});

describe('assess: emergency-symptoms', () => {
  it.each(PERSPECTIVES)(
    '"yes" is urgent with score 100 and nothing else, whatever else is answered (%s)',
    (p) => {
      for (const others of [{}, answerAll(p, yesOrStrongest), answerAll(p, noOrWeakest)]) {
        const result = assess({ perspective: p, answers: { ...others, [EMERGENCY_ID]: 'yes' } }, rules);
        expect(result.level).toBe('urgent');
        expect(result.levelText).toEqual(rules.levels.urgent);
        expect(result.score).toBe(100);
        expect(result.reasons).toEqual([]);
        expect(result.cautions).toEqual([]);
        expect(result.nextSteps).toEqual([]);
      }
    },
  );

  it('"not-sure" is not urgent, but adds the emergency-unsure caution', () => {
    const result = assess({ perspective: 'self', answers: { [EMERGENCY_ID]: 'not-sure' } }, rules);
    expect(result.level).not.toBe('urgent');
    expect(result.cautions.map((c) => c.id)).toContain('emergency-unsure');
  });

  it('"no" adds no emergency caution', () => {
    const result = assess({ perspective: 'self', answers: { [EMERGENCY_ID]: 'no' } }, rules);
    expect(result.cautions.map((c) => c.id)).not.toContain('emergency-unsure');
  });
});

describe('assess: score, level and order of reasons', () => {
  it.each(PERSPECTIVES)('reasons are sorted by contribution, highest first (%s)', (p) => {
    const answers = answerAll(p, yesOrStrongest);
    delete answers[EMERGENCY_ID];
    const contributions = assess({ perspective: p, answers }, rules).reasons.map((r) => r.contribution);
    expect(contributions.length).toBeGreaterThan(1);
    expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
  });

  it('equal contributions keep the order the questions are asked in', () => {
    const answers = answerAll('self', yesOrStrongest);
    delete answers[EMERGENCY_ID];
    const reasons = assess({ perspective: 'self', answers }, rules).reasons;
    const order = (id: string) => trigger(id).order;
    for (let i = 1; i < reasons.length; i++) {
      const [a, b] = [reasons[i - 1]!, reasons[i]!];
      if (a.contribution === b.contribution) expect(order(a.triggerId)).toBeLessThan(order(b.triggerId));
    }
  });

  it('the score is the sum of the contributions, capped at 100', () => {
    const answers = answerAll('child', yesOrStrongest);
    delete answers[EMERGENCY_ID];
    const sum = Object.entries(answers).reduce((total, [id, value]) => total + weightOf(id, value), 0);
    expect(sum).toBeGreaterThan(100);
    const result = assess({ perspective: 'child', answers }, rules);
    expect(result.score).toBe(100);
    expect(result.level).toBe(levelFromThresholds(100));
  });

  it('a score just below and at each threshold gives the level the thresholds say', () => {
    // Sum answers in the order asked until each threshold is crossed; the level must follow the sum.
    const weighted = allowedFor('self').filter((t) => t.id !== EMERGENCY_ID && strongest(t).weight > 0);
    const answers: Record<string, string> = {};
    let sum = 0;
    for (const t of weighted) {
      answers[t.id] = strongest(t).value;
      sum += strongest(t).weight;
      const result = assess({ perspective: 'self', answers }, rules);
      expect(result.score).toBe(Math.min(100, sum));
      expect(result.level).toBe(levelFromThresholds(result.score));
    }
  });

  it.each(PERSPECTIVES)(
    'everything answered "no" gives the lowest level, which says it is the person\'s right (%s)',
    (p) => {
      const result = assess({ perspective: p, answers: answerAll(p, noOrWeakest) }, rules);
      expect(result.score).toBe(0);
      expect(result.reasons).toEqual([]);
      expect(result.level).toBe('optional');
      expect(result.levelText.summary).toMatch(/right/i);
    },
  );

  it('no answers at all is valid and gives the lowest level', () => {
    const result = assess({ perspective: 'other', answers: {} }, rules);
    expect(result).toMatchObject({ perspective: 'other', level: 'optional', score: 0, reasons: [] });
  });
});

describe('assess: cautions', () => {
  const cautionIds = (answers: Record<string, string>, perspective: Perspective = 'self') =>
    assess({ perspective, answers }, rules).cautions.map((c) => c.id);

  it('time-sensitive "yes" gives the time-matters caution and marks the result time-sensitive', () => {
    const result = assess({ perspective: 'self', answers: { 'time-sensitive': 'yes' } }, rules);
    expect(result.timeSensitive).toBe(true);
    expect(result.cautions.map((c) => c.id)).toContain('time-matters');
  });

  it('time-sensitive "no" or unanswered is not time-sensitive and has no time-matters caution', () => {
    for (const answers of [{ 'time-sensitive': 'no' }, {}]) {
      const result = assess({ perspective: 'self', answers }, rules);
      expect(result.timeSensitive).toBe(false);
      expect(result.cautions.map((c) => c.id)).not.toContain('time-matters');
    }
  });

  it.each(['two', 'three-or-more'])('opinions-so-far "%s" gives the many-opinions caution', (value) => {
    expect(cautionIds({ [OPINIONS_ID]: value })).toContain('many-opinions');
  });

  it('opinions-so-far "one" gives no many-opinions caution', () => {
    expect(cautionIds({ [OPINIONS_ID]: 'one' })).not.toContain('many-opinions');
  });

  it.each(PERSPECTIVES)('the cost caution is always there when not urgent (%s)', (p) => {
    for (const answers of [
      {},
      answerAll(p, noOrWeakest),
      { ...answerAll(p, yesOrStrongest), [EMERGENCY_ID]: 'no' },
    ])
      expect(cautionIds(answers, p)).toContain('cost');
  });

  it('words the cautions and next steps for whose care it is, as plain strings', () => {
    const answers = { [OPINIONS_ID]: 'two' };
    const worded = (perspective: Perspective) => {
      const result = assess({ perspective, answers }, rules);
      return {
        cautions: new Map(result.cautions.map((c) => [c.id, c])),
        steps: new Map(result.nextSteps.map((s) => [s.id, s])),
      };
    };
    const [self, child, other] = PERSPECTIVES.map(worded);
    for (const { cautions, steps } of [self!, child!, other!]) {
      for (const c of cautions.values())
        expect([typeof c.title, typeof c.text]).toEqual(['string', 'string']);
      for (const s of steps.values())
        expect([typeof s.label, typeof s.description]).toEqual(['string', 'string']);
    }
    expect(child!.cautions.get('cost')?.text).toMatch(/^Call your child's health plan or Medicaid plan\./);
    expect(child!.cautions.get('cost')?.text).not.toMatch(/Medicare/);
    expect(child!.cautions.get('many-opinions')?.text).not.toMatch(/Medicare/);
    expect(child!.steps.get('tell-doctor')?.label).toBe("Tell your child's doctor");
    expect(other!.cautions.get('cost')?.text).toMatch(/person you care for/);
    expect(self!.cautions.get('cost')?.text).toMatch(/^With insurance, call the number on the card\./);
    expect(self!.steps.get('tell-doctor')?.label).toBe('Tell your doctor');
  });

  it('every caution cites at least one source', () => {
    const answers = {
      ...answerAll('self', yesOrStrongest),
      [EMERGENCY_ID]: 'not-sure',
      [OPINIONS_ID]: 'two',
    };
    const cautions = assess({ perspective: 'self', answers }, rules).cautions;
    expect(cautions.length).toBeGreaterThanOrEqual(4);
    for (const caution of cautions) expect(caution.sources.length).toBeGreaterThan(0);
  });
});

describe('assess: next steps', () => {
  const steps = (perspective: Perspective, answers: Record<string, string> = {}) =>
    assess({ perspective, answers }, rules).nextSteps;

  it('perspective "child" includes the children\'s article; others do not', () => {
    expect(steps('child').map((s) => s.id)).toContain('children');
    expect(steps('child').find((s) => s.id === 'children')?.href).toMatch(/^\/learn\/.*child/);
    expect(steps('self').map((s) => s.id)).not.toContain('children');
    expect(steps('other').map((s) => s.id)).not.toContain('children');
  });

  it('time-sensitive "yes" includes the time step; "no" does not', () => {
    expect(steps('self', { 'time-sensitive': 'yes' }).map((s) => s.id)).toContain('time');
    expect(steps('self', { 'time-sensitive': 'no' }).map((s) => s.id)).not.toContain('time');
  });

  it.each(PERSPECTIVES)('every href is a path inside the guide (%s)', (p) => {
    const answers = { ...answerAll(p, yesOrStrongest), [EMERGENCY_ID]: 'no', [OPINIONS_ID]: 'three-or-more' };
    const result = steps(p, answers);
    expect(result.length).toBeGreaterThan(0);
    for (const step of result) expect(step.href).toMatch(/^\//);
  });

  it('steps without a condition are always listed, in the order of rules.md', () => {
    const unconditional = rules.nextSteps.filter((s) => s.when === undefined).map((s) => s.id);
    const listed = steps('self').map((s) => s.id);
    expect(listed).toEqual(unconditional);
  });
});

describe('assess: childNote', () => {
  const wait = trigger('wait-and-see-concern');

  it('the wait-and-see trigger has a child note in the content', () => {
    expect(wait.childNote).toBeTruthy();
  });

  it('appears on the wait-and-see reason only for perspective "child"', () => {
    for (const p of PERSPECTIVES) {
      const reason = assess({ perspective: p, answers: { [wait.id]: 'yes' } }, rules).reasons[0];
      expect(reason?.triggerId).toBe(wait.id);
      if (p === 'child') expect(reason?.childNote).toBe(wait.childNote);
      else expect(reason?.childNote).toBeUndefined();
    }
  });

  it('reasons for triggers without a child note have none, even for a child', () => {
    const answers = { ...answerAll('child', yesOrStrongest), [EMERGENCY_ID]: 'no' };
    for (const reason of assess({ perspective: 'child', answers }, rules).reasons)
      if (!trigger(reason.triggerId).childNote) expect(reason).not.toHaveProperty('childNote');
  });
});

describe('assess: time pressure shapes how, not whether (real content)', () => {
  const TIME = 'time-sensitive';
  const pressed = ['yes', 'not-sure'] as const;

  it('every answer to time-sensitive weighs 0, so it never counts towards the level', () => {
    expect(trigger(TIME).answers.map((a) => [a.value, a.weight])).toEqual([
      ['yes', 0],
      ['no', 0],
      ['not-sure', 0],
    ]);
  });

  it.each(PERSPECTIVES)(
    '"yes" or "not-sure" alone adds nothing and gives no reason, yet is time-sensitive (%s)',
    (p) => {
      for (const value of pressed) {
        const result = assess({ perspective: p, answers: { [TIME]: value } }, rules);
        expect(result.score).toBe(0);
        expect(result.reasons).toEqual([]);
        expect(result.level).toBe('optional');
        expect(result.timeSensitive).toBe(true);
        expect(result.cautions.map((c) => c.id)).toContain('time-matters');
        expect(result.nextSteps.map((s) => s.id)).toContain('time');
      }
    },
  );

  it.each(PERSPECTIVES)(
    'added to other answers, it changes neither the score, the level nor the reasons (%s)',
    (p) => {
      const others = [
        { 'serious-diagnosis': 'yes', 'surgery-recommended': 'not-sure' },
        { 'unclear-diagnosis': 'not-sure' },
        { ...answerAll(p, yesOrStrongest), [EMERGENCY_ID]: 'no' },
      ];
      for (const base of others) {
        const without = Object.fromEntries(Object.entries(base).filter(([key]) => key !== TIME));
        const calm = assess({ perspective: p, answers: { ...without, [TIME]: 'no' } }, rules);
        expect(calm.timeSensitive).toBe(false);
        for (const value of pressed) {
          const rushed = assess({ perspective: p, answers: { ...without, [TIME]: value } }, rules);
          expect(rushed.timeSensitive).toBe(true);
          expect(rushed.score).toBe(calm.score);
          expect(rushed.level).toBe(calm.level);
          expect(rushed.reasons).toEqual(calm.reasons);
          expect(rushed.reasons.map((r) => r.triggerId)).not.toContain(TIME);
        }
      }
    },
  );
});

describe('assess: "not sure" is worded as the person said it (real content)', () => {
  const scoredNotSure = rules.triggers.filter((t) =>
    t.answers.some((a) => a.value === 'not-sure' && a.weight > 0),
  );

  it('most scored triggers have a scored "not sure" answer', () => {
    expect(scoredNotSure.length).toBeGreaterThan(10);
  });

  describe.each(scoredNotSure.map((t) => [t.id, t] as const))('%s', (id, t) => {
    it.each(t.perspectives)('"not-sure" gives the %s wording as the title, never the plain title', (p) => {
      const [reason] = assess({ perspective: p, answers: { [id]: 'not-sure' } }, rules).reasons;
      expect(reason?.title).toBe(t.notSure?.[p]);
      expect(reason?.title).toMatch(/^You were not sure whether /);
      expect(reason?.title).not.toBe(t.title);
      expect(reason?.answerLabel).toBe("I'm not sure");
      expect(reason?.contribution).toBe(weightOf(id, 'not-sure'));
    });

    it.each(t.perspectives)('"yes" keeps the plain title (%s)', (p) => {
      const [reason] = assess({ perspective: p, answers: { [id]: 'yes' } }, rules).reasons;
      expect(reason?.title).toBe(t.title);
    });

    it('the wording names whose care it is, for each perspective', () => {
      expect(t.notSure?.child).toMatch(/your child/);
      expect(t.notSure?.other).toMatch(/the person you care for/);
      expect(t.notSure?.self).not.toMatch(/your child|the person you care for/);
    });
  });

  it('the brief example reads as the person said it', () => {
    const result = assess({ perspective: 'self', answers: { 'surgery-recommended': 'not-sure' } }, rules);
    expect(result.reasons[0]?.title).toBe(
      'You were not sure whether a doctor has suggested surgery or another procedure for you.',
    );
  });

  it('a mix of answers words each reason by its own answer', () => {
    const result = assess(
      { perspective: 'child', answers: { 'serious-diagnosis': 'yes', 'rare-condition': 'not-sure' } },
      rules,
    );
    expect(result.reasons.map((r) => r.title)).toEqual([
      trigger('serious-diagnosis').title,
      trigger('rare-condition').notSure?.child,
    ]);
  });
});

describe('assess with a hand-made rule set', () => {
  const worded = (what: string) => ({
    self: `You were not sure whether ${what} for you.`,
    child: `You were not sure whether ${what} for your child.`,
    other: `You were not sure whether ${what} for the person you care for.`,
  });
  const rule = (
    id: string,
    order: number,
    weights: [number, number, number],
    extra: Partial<TriggerRule> = {},
  ) =>
    ({
      id,
      title: `Title of ${id}`,
      category: 'treatment',
      order,
      perspectives: [...PERSPECTIVES],
      question: { self: 'Q?', child: 'Q?', other: 'Q?' },
      hint: { self: 'H', child: 'H', other: 'H' },
      answers: [
        { value: 'yes', label: 'Yes', weight: weights[0] },
        { value: 'no', label: 'No', weight: weights[1] },
        { value: 'not-sure', label: "I'm not sure", weight: weights[2] },
      ],
      sources: [{ id: 'src', citation: 'A source', year: null }],
      explanation: '<p>Why.</p>',
      ...extra,
    }) satisfies TriggerRule;
  const fixtureRules: RuleSet = {
    triggers: [
      rule('rush', 1, [0, 0, 0]),
      rule('scan-suggested', 2, [30, 0, 10], { notSure: worded('a scan was suggested') }),
      rule('older-rule', 3, [10, 0, 5]),
    ],
    levels: {
      urgent: { label: 'Urgent', summary: 'Get help now.' },
      'strongly-consider': { label: 'Strong', summary: 'Strongly.', minScore: 30 },
      consider: { label: 'Consider', summary: 'Consider.', minScore: 10 },
      optional: { label: 'Optional', summary: 'It is your right.', minScore: 0 },
    },
    timeSensitiveWhen: [{ rush: ['yes', 'not-sure'] }],
    cautions: [],
    nextSteps: [],
    firstSteps: [],
    sure: [],
  };

  it.each(PERSPECTIVES)('"not-sure" takes the title from notSure for the perspective (%s)', (p) => {
    const result = assess({ perspective: p, answers: { 'scan-suggested': 'not-sure' } }, fixtureRules);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatchObject({
      triggerId: 'scan-suggested',
      title: worded('a scan was suggested')[p],
      answer: 'not-sure',
      contribution: 10,
    });
    expect(result).toMatchObject({ score: 10, level: 'consider' });
  });

  it('"yes" keeps the title', () => {
    const result = assess({ perspective: 'other', answers: { 'scan-suggested': 'yes' } }, fixtureRules);
    expect(result.reasons[0]?.title).toBe('Title of scan-suggested');
  });

  it('a rule without notSure wording falls back to its title (the loader stops this in content)', () => {
    const result = assess({ perspective: 'self', answers: { 'older-rule': 'not-sure' } }, fixtureRules);
    expect(result.reasons[0]?.title).toBe('Title of older-rule');
  });

  it('a question whose answers weigh 0 still marks the result time-sensitive, with no points or reason', () => {
    for (const value of ['yes', 'not-sure']) {
      const result = assess(
        { perspective: 'self', answers: { rush: value, 'scan-suggested': 'yes' } },
        fixtureRules,
      );
      expect(result.timeSensitive).toBe(true);
      expect(result.score).toBe(30);
      expect(result.reasons.map((r) => r.triggerId)).toEqual(['scan-suggested']);
    }
    expect(assess({ perspective: 'self', answers: { rush: 'no' } }, fixtureRules).timeSensitive).toBe(false);
  });
});

describe('assess: invalid input is rejected with a clear AssessInputError', () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'an unknown question id',
      { perspective: 'self', answers: { 'made-up': 'yes' } },
      /Unknown question id "made-up"/,
    ],
    [
      'an answer the question does not offer',
      { perspective: 'self', answers: { 'time-sensitive': 'maybe' } },
      /"maybe" is not an answer to "time-sensitive".*yes, no, not-sure/,
    ],
    [
      'a value from another question',
      { perspective: 'self', answers: { [OPINIONS_ID]: 'yes' } },
      /"yes" is not an answer to "opinions-so-far"/,
    ],
    ['perspective "me"', { perspective: 'me', answers: {} }, /perspective.*self, child, other/],
    ['a missing perspective', { answers: {} }, /perspective/],
    ['missing answers', { perspective: 'self' }, /answers/],
    ['answers that are not strings', { perspective: 'self', answers: { 'time-sensitive': true } }, /answers/],
    ['answers given as a list', { perspective: 'self', answers: ['yes'] }, /answers/],
    ['an unknown field', { perspective: 'self', answers: {}, extra: 1 }, /Invalid input/],
    ['null', null, /Invalid input/],
    ['a string', 'self', /Invalid input/],
    ['a number', 42, /Invalid input/],
    ['an array', [], /Invalid input/],
    ['undefined', undefined, /Invalid input/],
    [
      'a child-only question with perspective "self"',
      { perspective: 'self', answers: { 'child-hard-to-describe': 'yes' } },
      /"child-hard-to-describe" is not asked when the perspective is "self"/,
    ],
  ];

  it.each(cases)('%s', (_name, input, message) => {
    expect(() => assess(input, rules)).toThrow(AssessInputError);
    expect(() => assess(input, rules)).toThrow(message);
  });

  it('the child-only question is accepted for perspective "child"', () => {
    const result = assess({ perspective: 'child', answers: { 'child-hard-to-describe': 'yes' } }, rules);
    expect(result.reasons.map((r) => r.triggerId)).toEqual(['child-hard-to-describe']);
  });

  it('the error is an Error named AssessInputError', () => {
    try {
      assess({ perspective: 'self', answers: { nope: 'yes' } }, rules);
      expect.unreachable('assess should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('AssessInputError');
    }
  });
});
