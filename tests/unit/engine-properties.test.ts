import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import {
  assess,
  AssessInputError,
  EMERGENCY_ID,
  type Level,
  type Perspective,
  PERSPECTIVES,
} from '@/lib/engine';

const rules = getContent().rules;
const LEVEL_RANK: Record<Level, number> = { optional: 0, consider: 1, 'strongly-consider': 2, urgent: 3 };
const RISING = ['no', 'not-sure', 'yes'] as const;

interface Input {
  perspective: Perspective;
  answers: Record<string, string>;
}

/** A valid input built from the real rules: a perspective, and some of the questions it allows, each answered. */
const validInput: fc.Arbitrary<Input> = fc.constantFrom(...PERSPECTIVES).chain((perspective) => {
  const allowed = rules.triggers.filter((t) => t.perspectives.includes(perspective));
  const answers = Object.fromEntries(
    allowed.map((t) => [t.id, fc.constantFrom(...t.answers.map((a) => a.value))]),
  );
  return fc
    .record(answers, { requiredKeys: [] })
    .map((a) => ({ perspective, answers: a as Record<string, string> }));
});

const yesNoNotSure = rules.triggers.filter((t) => RISING.every((v) => t.answers.some((a) => a.value === v)));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Independent of the engine: what counts as a valid input according to design.md. */
function isValid(input: unknown): boolean {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const keys = Object.keys(input);
  if (keys.length !== 2 || !keys.includes('perspective') || !keys.includes('answers')) return false;
  const { perspective, answers } = input as { perspective: unknown; answers: unknown };
  if (!(PERSPECTIVES as readonly unknown[]).includes(perspective)) return false;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return false;
  const proto = Object.getPrototypeOf(answers);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.entries(answers).every(([id, value]) => {
    const t = rules.triggers.find((candidate) => candidate.id === id);
    return (
      t !== undefined &&
      t.perspectives.includes(perspective as Perspective) &&
      t.answers.some((a) => a.value === value)
    );
  });
}

describe('assess: properties over valid inputs built from the real rules', () => {
  it('the same input always gives a deep-equal output, and the input is not changed', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const copy = structuredClone(input);
        const first = assess(deepFreeze(input), rules);
        const second = assess(copy, rules);
        expect(second).toEqual(first);
        expect(input).toEqual(copy);
      }),
    );
  });

  it('moving one answer from "no" to "not-sure" to "yes" never lowers the score or the level', () => {
    fc.assert(
      fc.property(validInput, fc.nat(), (input, pick) => {
        const candidates = yesNoNotSure.filter((t) => t.perspectives.includes(input.perspective));
        const id = candidates[pick % candidates.length]!.id;
        const results = RISING.map((value) =>
          assess({ ...input, answers: { ...input.answers, [id]: value } }, rules),
        );
        for (let i = 1; i < results.length; i++) {
          const [before, after] = [results[i - 1]!, results[i]!];
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(LEVEL_RANK[after.level]).toBeGreaterThanOrEqual(LEVEL_RANK[before.level]);
        }
      }),
    );
  });

  it('adding an answer never lowers the score or the level', () => {
    fc.assert(
      fc.property(validInput, fc.nat(), (input, pick) => {
        const entries = Object.entries(input.answers);
        fc.pre(entries.length > 0);
        const [dropped] = entries[pick % entries.length]!;
        const fewer = Object.fromEntries(entries.filter(([id]) => id !== dropped));
        const without = assess({ ...input, answers: fewer }, rules);
        const withIt = assess(input, rules);
        expect(withIt.score).toBeGreaterThanOrEqual(without.score);
        expect(LEVEL_RANK[withIt.level]).toBeGreaterThanOrEqual(LEVEL_RANK[without.level]);
      }),
    );
  });

  it('emergency-symptoms "yes" is always urgent', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = assess({ ...input, answers: { ...input.answers, [EMERGENCY_ID]: 'yes' } }, rules);
        expect(result.level).toBe('urgent');
        expect(result.score).toBe(100);
      }),
    );
  });

  it('only emergency-symptoms "yes" is urgent', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = assess(input, rules);
        expect(result.level === 'urgent').toBe(input.answers[EMERGENCY_ID] === 'yes');
      }),
    );
  });

  it('every reason cites a source and adds points; the score stays within 0..100 and matches the reasons', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = assess(input, rules);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(result.score)).toBe(true);
        for (const reason of result.reasons) {
          expect(reason.sources.length).toBeGreaterThanOrEqual(1);
          expect(reason.contribution).toBeGreaterThan(0);
          expect(input.answers[reason.triggerId]).toBe(reason.answer);
        }
        if (result.level !== 'urgent') {
          const sum = result.reasons.reduce((total, r) => total + r.contribution, 0);
          expect(result.score).toBe(Math.min(100, sum));
          expect(result.score).toBeGreaterThanOrEqual(rules.levels[result.level].minScore);
          expect(result.levelText).toEqual(rules.levels[result.level]);
        }
        expect(new Set(result.reasons.map((r) => r.triggerId)).size).toBe(result.reasons.length);
      }),
    );
  });

  it('the time-sensitive answer never changes the score, the level or the reasons', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom('yes', 'no', 'not-sure'), (input, value) => {
        if (input.answers[EMERGENCY_ID] === 'yes') return;
        const { perspective } = input;
        const without = Object.fromEntries(
          Object.entries(input.answers).filter(([id]) => id !== 'time-sensitive'),
        );
        const base = assess({ perspective, answers: without }, rules);
        const timed = assess({ perspective, answers: { ...without, 'time-sensitive': value } }, rules);
        expect([timed.score, timed.level, timed.reasons]).toEqual([base.score, base.level, base.reasons]);
        expect(timed.timeSensitive).toBe(value !== 'no');
      }),
    );
  });

  it('a reason for a "not-sure" answer is titled with what the person was unsure of, for their perspective', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        for (const reason of assess(input, rules).reasons) {
          const t = rules.triggers.find((candidate) => candidate.id === reason.triggerId)!;
          expect(reason.title).toBe(reason.answer === 'not-sure' ? t.notSure?.[input.perspective] : t.title);
        }
      }),
    );
  });

  it("the lowest level always says that a second opinion is the person's right", () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = assess(input, rules);
        if (result.level === 'optional') expect(result.levelText.summary).toMatch(/right/i);
      }),
    );
  });
});

describe('assess: properties over random, mostly invalid inputs', () => {
  const ids = rules.triggers.map((t) => t.id);
  const values = [...new Set(rules.triggers.flatMap((t) => t.answers.map((a) => a.value)))];
  const nearlyValid = fc.record(
    {
      perspective: fc.oneof(fc.constantFrom<unknown>(...PERSPECTIVES), fc.string(), fc.anything()),
      answers: fc.oneof(
        fc.dictionary(
          fc.oneof(fc.constantFrom(...ids), fc.string()),
          fc.oneof(fc.constantFrom<unknown>(...values), fc.string(), fc.anything()),
          { maxKeys: 4 },
        ),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  );

  const check = (input: unknown) => {
    let result: unknown;
    try {
      result = assess(input, rules);
    } catch (error) {
      expect(error).toBeInstanceOf(AssessInputError);
      expect((error as Error).message).not.toBe('');
      expect(isValid(input)).toBe(false);
      return;
    }
    expect(isValid(input)).toBe(true);
    expect(result).toHaveProperty('level');
  };

  it('fc.anything() is rejected with an AssessInputError, never another exception', () => {
    fc.assert(fc.property(fc.anything(), check), { numRuns: 500 });
  });

  it('random ids, values and perspectives are rejected with an AssessInputError or, when valid, accepted', () => {
    fc.assert(fc.property(nearlyValid, check), { numRuns: 1000 });
  });

  it('the random inputs above include both valid and invalid ones', () => {
    const sample = fc.sample(nearlyValid, { numRuns: 1000, seed: 42 });
    expect(sample.filter(isValid).length).toBeGreaterThan(10);
    expect(sample.filter((input) => !isValid(input)).length).toBeGreaterThan(10);
  });

  it('valid inputs are always accepted', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(isValid(input)).toBe(true);
        expect(() => assess(input, rules)).not.toThrow();
      }),
    );
  });
});
