import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompareState, EMPTY_COMPARE, emptyOpinion, IMPORTANCE, RATINGS } from '@/lib/compare/state';
import { weighPlans } from '@/lib/compare/weighing';

const FACTORS = ['success', 'side-effects', 'recovery', 'cost'];

const STATE: CompareState = {
  ...EMPTY_COMPARE,
  opinions: [emptyOpinion('opinion-1'), emptyOpinion('opinion-3'), emptyOpinion('opinion-2')],
  importance: { success: 3, 'side-effects': 2, recovery: 0 },
  ratings: {
    'opinion-1': { success: 4, 'side-effects': 1, recovery: 5, cost: 5 },
    'opinion-3': { success: 2 },
  },
};

describe('weighPlans', () => {
  const summaries = weighPlans(STATE, FACTORS);

  it('gives one summary per opinion, in the opinions’ order', () => {
    expect(summaries.map((s) => s.opinionId)).toEqual(['opinion-1', 'opinion-3', 'opinion-2']);
  });

  it('lists the factors in the order given, each with importance × rating', () => {
    expect(summaries[0]?.factors).toEqual([
      { factorId: 'success', importance: 3, rating: 4, points: 12 },
      { factorId: 'side-effects', importance: 2, rating: 1, points: 2 },
      { factorId: 'recovery', importance: 0, rating: 5, points: 0 },
      // No importance set counts as 0, so a rating adds nothing.
      { factorId: 'cost', importance: 0, rating: 5, points: 0 },
    ]);
    const reversed = weighPlans(STATE, [...FACTORS].reverse());
    expect(reversed[0]?.factors.map((f) => f.factorId)).toEqual([
      'cost',
      'recovery',
      'side-effects',
      'success',
    ]);
  });

  it('adds up the points, and the most possible is Σ importance × 5', () => {
    // possible: (3 + 2 + 0 + 0) × 5 = 25 for every plan.
    expect(summaries.map((s) => s.possible)).toEqual([25, 25, 25]);
    expect(summaries[0]?.total).toBe(14);
    expect(summaries[1]?.total).toBe(6);
    expect(summaries[2]?.total).toBe(0);
  });

  it('counts an unrated factor as 0 points, and as unrated only when it matters', () => {
    expect(summaries[1]?.factors).toEqual([
      { factorId: 'success', importance: 3, rating: 2, points: 6 },
      { factorId: 'side-effects', importance: 2, rating: null, points: 0 },
      { factorId: 'recovery', importance: 0, rating: null, points: 0 },
      { factorId: 'cost', importance: 0, rating: null, points: 0 },
    ]);
    expect(summaries.map((s) => s.unrated)).toEqual([0, 1, 2]);
  });

  it('gives zeros when nothing is weighed or no factors are given', () => {
    expect(weighPlans(EMPTY_COMPARE, FACTORS)).toEqual(
      ['opinion-1', 'opinion-2'].map((opinionId) => ({
        opinionId,
        factors: FACTORS.map((factorId) => ({ factorId, importance: 0, rating: null, points: 0 })),
        total: 0,
        possible: 0,
        unrated: 0,
      })),
    );
    expect(weighPlans(STATE, []).map((s) => [s.total, s.possible, s.unrated, s.factors])).toEqual([
      [0, 0, 0, []],
      [0, 0, 0, []],
      [0, 0, 0, []],
    ]);
  });

  it('ignores importance and ratings for factors not asked about', () => {
    const [first] = weighPlans(STATE, ['side-effects']);
    expect(first).toEqual({
      opinionId: 'opinion-1',
      factors: [{ factorId: 'side-effects', importance: 2, rating: 1, points: 2 }],
      total: 2,
      possible: 10,
      unrated: 0,
    });
  });

  it('does not change the state', () => {
    const before = structuredClone(STATE);
    weighPlans(STATE, FACTORS);
    expect(STATE).toEqual(before);
  });
});

describe('weighPlans properties', () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const compact = <T>(entries: [string, T | undefined][]) =>
    Object.fromEntries(entries.filter((e): e is [string, T] => e[1] !== undefined));

  const state: fc.Arbitrary<CompareState> = fc
    .record({
      count: fc.constantFrom(2, 3),
      importance: fc.tuple(...FACTORS.map(() => maybe(fc.constantFrom(...IMPORTANCE)))),
      ratings: fc.tuple(
        ...[0, 1, 2].map(() => fc.tuple(...FACTORS.map(() => maybe(fc.constantFrom(...RATINGS))))),
      ),
    })
    .map(({ count, importance, ratings }) => {
      const ids = Array.from({ length: count }, (_, i) => `opinion-${i + 1}`);
      return {
        ...EMPTY_COMPARE,
        opinions: ids.map(emptyOpinion),
        importance: compact(FACTORS.map((f, i) => [f, importance[i]])),
        ratings: Object.fromEntries(
          ids.map((id, o) => [id, compact(FACTORS.map((f, i) => [f, ratings[o]?.[i]]))]),
        ),
      };
    });

  it('every total lies between 0 and the most possible, and is the sum of its points', () => {
    fc.assert(
      fc.property(state, (s) => {
        for (const summary of weighPlans(s, FACTORS)) {
          expect(summary.total).toBeGreaterThanOrEqual(0);
          expect(summary.total).toBeLessThanOrEqual(summary.possible);
          expect(summary.total).toBe(summary.factors.reduce((sum, f) => sum + f.points, 0));
          expect(summary.unrated).toBeLessThanOrEqual(FACTORS.length);
        }
      }),
    );
  });

  it('raising one rating never lowers that plan’s total, and leaves the other plans alone', () => {
    fc.assert(
      fc.property(
        state,
        fc.nat(),
        fc.constantFrom(...FACTORS),
        fc.constantFrom(...RATINGS),
        (s, pick, factor, raised) => {
          const id = s.opinions[pick % s.opinions.length]!.id;
          const old = s.ratings[id]?.[factor];
          fc.pre(old === undefined || raised >= old);
          const after: CompareState = {
            ...s,
            ratings: { ...s.ratings, [id]: { ...s.ratings[id], [factor]: raised } },
          };
          const before = weighPlans(s, FACTORS);
          const next = weighPlans(after, FACTORS);
          next.forEach((summary, i) => {
            const prior = before[i]!;
            if (summary.opinionId === id) expect(summary.total).toBeGreaterThanOrEqual(prior.total);
            else expect(summary).toEqual(prior);
            expect(summary.possible).toBe(prior.possible);
          });
        },
      ),
    );
  });
});
