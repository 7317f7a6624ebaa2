import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { assess, EMERGENCY_ID, PERSPECTIVES, questionsFor } from '@/lib/engine';
import {
  answerDecision,
  answerQuestion,
  answerSure,
  choosePerspective,
  EMPTY_GUIDE,
  type GuideState,
  guideStateSchema,
  hasDecision,
  OTHERS,
  ROLES,
  sanitizeGuide,
} from '@/lib/guide/state';

const rules = getContent().rules;
const SERIOUS = 'serious-diagnosis';
const CANCER = 'cancer-diagnosis';
const CHILD_ONLY = 'child-hard-to-describe';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Runs `change` on a frozen copy of `state` and checks the original is left as it was. */
function unchanged(state: GuideState, change: (s: GuideState) => GuideState): GuideState {
  const before = structuredClone(state);
  const result = change(deepFreeze(structuredClone(state)));
  expect(state).toEqual(before);
  return result;
}

const started: GuideState = {
  perspective: 'self',
  answers: { [EMERGENCY_ID]: 'no', [SERIOUS]: 'yes', [CANCER]: 'not-sure' },
  sure: { sure: 'no' },
  decision: { matters: ['start-sooner'], pressure: 'no' },
};

describe('choosePerspective', () => {
  it('sets the perspective on an empty guide', () => {
    expect(choosePerspective(EMPTY_GUIDE, rules, 'child')).toEqual({
      perspective: 'child',
      answers: {},
      sure: {},
      decision: {},
    });
  });

  it('keeps answers that still apply and the sure answers', () => {
    const next = unchanged(started, (s) => choosePerspective(s, rules, 'other'));
    expect(next).toEqual({ ...started, perspective: 'other' });
  });

  it('drops answers to questions the new perspective is not asked', () => {
    const child: GuideState = {
      ...started,
      perspective: 'child',
      answers: { ...started.answers, [CHILD_ONLY]: 'yes' },
    };
    const next = unchanged(child, (s) => choosePerspective(s, rules, 'self'));
    expect(next.perspective).toBe('self');
    expect(next.answers).not.toHaveProperty(CHILD_ONLY);
    expect(next.answers).toEqual(started.answers);
    expect(next.sure).toEqual(started.sure);
  });

  it('does not change the state it was given', () => {
    unchanged(EMPTY_GUIDE, (s) => choosePerspective(s, rules, 'self'));
    expect(EMPTY_GUIDE).toEqual({ perspective: null, answers: {}, sure: {}, decision: {} });
  });
});

describe('answerQuestion', () => {
  it('records an answer', () => {
    const next = unchanged(started, (s) => answerQuestion(s, rules, 'rare-condition', 'yes'));
    expect(next.answers).toEqual({ ...started.answers, 'rare-condition': 'yes' });
    expect(next.perspective).toBe('self');
    expect(next.sure).toEqual(started.sure);
  });

  it('replaces an earlier answer to the same question', () => {
    const next = answerQuestion(started, rules, CANCER, 'yes');
    expect(next.answers[CANCER]).toBe('yes');
  });

  it('prunes answers that no longer apply: serious-diagnosis "no" drops cancer-diagnosis', () => {
    const next = unchanged(started, (s) => answerQuestion(s, rules, SERIOUS, 'no'));
    expect(next.answers).toEqual({ [EMERGENCY_ID]: 'no', [SERIOUS]: 'no' });
  });

  it('ignores an answer to a question it cannot ask yet (cancer-diagnosis without serious-diagnosis)', () => {
    const next = answerQuestion({ ...EMPTY_GUIDE, perspective: 'self' }, rules, CANCER, 'yes');
    expect(next.answers).toEqual({});
  });

  it('ignores unknown ids and values', () => {
    expect(answerQuestion(started, rules, 'made-up', 'yes').answers).toEqual(started.answers);
    expect(answerQuestion(started, rules, 'rare-condition', 'maybe').answers).toEqual(started.answers);
  });

  it('ignores a child-only question for another perspective', () => {
    expect(answerQuestion(started, rules, CHILD_ONLY, 'yes').answers).not.toHaveProperty(CHILD_ONLY);
    const child = choosePerspective(started, rules, 'child');
    expect(answerQuestion(child, rules, CHILD_ONLY, 'yes').answers[CHILD_ONLY]).toBe('yes');
  });

  it('keeps no answers before a perspective is chosen, but keeps the sure answers', () => {
    const next = answerQuestion({ ...EMPTY_GUIDE, sure: { values: 'yes' } }, rules, EMERGENCY_ID, 'no');
    expect(next).toEqual({ perspective: null, answers: {}, sure: { values: 'yes' }, decision: {} });
  });
});

describe('answerSure', () => {
  it('records a SURE answer without touching the others', () => {
    const next = unchanged(started, (s) => answerSure(s, 'understand', 'yes'));
    expect(next).toEqual({ ...started, sure: { sure: 'no', understand: 'yes' } });
  });

  it('replaces an earlier SURE answer', () => {
    expect(answerSure(started, 'sure', 'yes').sure).toEqual({ sure: 'yes' });
  });

  it('works before a perspective is chosen', () => {
    expect(answerSure(EMPTY_GUIDE, rules.sure[0]!.id, 'no')).toEqual({
      ...EMPTY_GUIDE,
      sure: { [rules.sure[0]!.id]: 'no' },
    });
  });
});

describe('sanitizeGuide', () => {
  it('keeps a state that is already clean as it is', () => {
    expect(unchanged(started, (s) => sanitizeGuide(s, rules))).toEqual(started);
  });

  it('drops unknown ids and unknown values, and keeps the sure answers', () => {
    const dirty: GuideState = {
      ...started,
      answers: {
        ...started.answers,
        'made-up': 'yes',
        'rare-condition': 'perhaps',
        'unclear-diagnosis': 'yes',
      },
      sure: { sure: 'no', 'not-a-sure-id': 'yes' },
    };
    expect(unchanged(dirty, (s) => sanitizeGuide(s, rules))).toEqual({
      ...started,
      answers: { ...started.answers, 'unclear-diagnosis': 'yes' },
      sure: { sure: 'no', 'not-a-sure-id': 'yes' },
    });
  });

  it('drops answers to questions that no longer apply', () => {
    const stale: GuideState = { ...started, answers: { ...started.answers, [SERIOUS]: 'no' } };
    expect(sanitizeGuide(stale, rules).answers).toEqual({ [EMERGENCY_ID]: 'no', [SERIOUS]: 'no' });
  });

  it('clears answers when there is no perspective, keeping the sure answers and decision steps', () => {
    expect(sanitizeGuide({ ...started, perspective: null }, rules)).toEqual({
      perspective: null,
      answers: {},
      sure: started.sure,
      decision: started.decision,
    });
  });

  const anyState: fc.Arbitrary<GuideState> = fc.record({
    perspective: fc.constantFrom(null, ...PERSPECTIVES),
    answers: fc.dictionary(
      fc.oneof(fc.constantFrom(...rules.triggers.map((t) => t.id)), fc.string({ maxLength: 20 })),
      fc.oneof(
        fc.constantFrom('yes', 'no', 'not-sure', 'one', 'two', 'three-or-more'),
        fc.string({ maxLength: 10 }),
      ),
    ),
    sure: fc.dictionary(fc.string({ maxLength: 10 }), fc.constantFrom('yes' as const, 'no' as const)),
    decision: fc.record(
      { others: fc.constantFrom(...OTHERS), role: fc.constantFrom(...ROLES) },
      { requiredKeys: [] },
    ),
  });

  it('always gives answers the engine accepts, that routing still asks, and keeps the sure answers', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const clean = unchanged(state, (s) => sanitizeGuide(s, rules));
        expect(guideStateSchema.safeParse(clean).success).toBe(true);
        expect(clean.sure).toEqual(state.sure);
        expect(clean.perspective).toBe(state.perspective);
        for (const [id, value] of Object.entries(clean.answers)) expect(state.answers[id]).toBe(value);
        if (clean.perspective === null) {
          expect(clean.answers).toEqual({});
          return;
        }
        const situation = { perspective: clean.perspective, answers: clean.answers };
        expect(() => assess(situation, rules)).not.toThrow();
        const asked = questionsFor(rules, situation).map((t) => t.id);
        for (const id of Object.keys(clean.answers)) expect(asked).toContain(id);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const once = sanitizeGuide(state, rules);
        expect(sanitizeGuide(once, rules)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });
});

describe('guideStateSchema', () => {
  it('accepts the empty guide and a guide in progress', () => {
    expect(guideStateSchema.parse(EMPTY_GUIDE)).toEqual(EMPTY_GUIDE);
    expect(guideStateSchema.parse(started)).toEqual(started);
  });

  const long = 'x'.repeat(81);
  const bad: [string, unknown][] = [
    ['not an object', 'self'],
    ['null', null],
    ['an unknown perspective', { ...EMPTY_GUIDE, perspective: 'me' }],
    ['a missing perspective', { answers: {}, sure: {} }],
    ['missing answers', { perspective: null, sure: {} }],
    ['missing sure', { perspective: null, answers: {} }],
    ['answers as a list', { ...EMPTY_GUIDE, answers: ['yes'] }],
    ['an answer that is not a string', { ...EMPTY_GUIDE, answers: { [SERIOUS]: 1 } }],
    ['a sure answer other than yes or no', { ...EMPTY_GUIDE, sure: { sure: 'not-sure' } }],
    ['an overlong id', { ...EMPTY_GUIDE, answers: { [long]: 'yes' } }],
    ['an overlong value', { ...EMPTY_GUIDE, answers: { [SERIOUS]: long } }],
    ['an unknown field', { ...EMPTY_GUIDE, extra: true }],
    ['missing decision', { perspective: null, answers: {}, sure: {} }],
    ['an unknown thing that matters', { ...EMPTY_GUIDE, decision: { matters: ['fame'] } }],
    [
      'a thing that matters twice',
      { ...EMPTY_GUIDE, decision: { matters: ['start-sooner', 'start-sooner'] } },
    ],
    ['an unknown role', { ...EMPTY_GUIDE, decision: { role: 'me' } }],
    ['an unknown decision step', { ...EMPTY_GUIDE, decision: { mood: 'calm' } }],
  ];

  it.each(bad)('rejects %s', (_name, value) => {
    expect(guideStateSchema.safeParse(value).success).toBe(false);
  });
});

describe('decision steps', () => {
  it('sets, replaces and, when skipped or left empty, clears one step without touching the rest', () => {
    const one = unchanged(started, (s) => answerDecision(s, 'role', 'alone'));
    expect(one.decision).toEqual({ matters: ['start-sooner'], pressure: 'no', role: 'alone' });
    expect(one.answers).toEqual(started.answers);
    expect(answerDecision(one, 'role', 'shared').decision.role).toBe('shared');
    expect(answerDecision(one, 'pressure', undefined).decision).toEqual({
      matters: ['start-sooner'],
      role: 'alone',
    });
    expect(answerDecision(one, 'matters', []).decision).not.toHaveProperty('matters');
  });

  it('counts as saved data only when a step has an answer', () => {
    expect(hasDecision({})).toBe(false);
    expect(hasDecision({ matters: [] })).toBe(false);
    expect(hasDecision({ others: 'none' })).toBe(true);
  });

  it('never reaches the engine: answering them changes no answer and no assessment', () => {
    let state = answerDecision(started, 'matters', ['sure-of-diagnosis', 'known-doctor']);
    state = answerDecision(state, 'others', 'lean-second');
    state = answerDecision(state, 'pressure', 'yes');
    state = answerDecision(state, 'role', 'others');
    const clean = sanitizeGuide(state, rules);
    expect(clean.answers).toEqual(sanitizeGuide(started, rules).answers);
    const input = { perspective: 'self' as const, answers: clean.answers };
    expect(assess(input, rules)).toEqual(assess({ ...input, answers: started.answers }, rules));
  });
});
