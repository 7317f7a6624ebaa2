import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompareState, EMPTY_COMPARE, emptyOpinion, IMPORTANCE, RATINGS } from '@/lib/compare/state';
import { findWeighing, weighPlans } from '@/lib/compare/weighing';

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

describe('findWeighing', () => {
  const two = (importance: CompareState['importance'], ratings: CompareState['ratings']): CompareState => ({
    ...EMPTY_COMPARE,
    importance,
    ratings,
  });

  it('says nothing matters yet when no factor has importance above 0', () => {
    const found = findWeighing(two({ success: 0 }, { 'opinion-1': { success: 5 } }), FACTORS);
    expect(found).toMatchObject({ anything: false, topImportance: 0, top: [], bestFit: { kind: 'unrated' } });
    expect([found.apart, found.same, found.unrated]).toEqual([[], [], []]);
  });

  it('names the option that rates highest on what matters most, ignoring lesser factors', () => {
    const found = findWeighing(
      two(
        { success: 3, 'side-effects': 3, cost: 1 },
        {
          'opinion-1': { success: 4, 'side-effects': 3, cost: 1 },
          'opinion-2': { success: 2, 'side-effects': 3, cost: 5 },
        },
      ),
      FACTORS,
    );
    expect(found.top).toEqual(['success', 'side-effects']);
    expect(found.topImportance).toBe(3);
    // Opinion 2 does far better on cost, but cost matters only a little: it does not decide the fit.
    expect(found.bestFit).toEqual({ kind: 'one', opinionId: 'opinion-1', factorIds: ['success'] });
    expect(found.apart.map((f) => f.factorId)).toEqual(['success', 'cost']);
    expect(found.same.map((f) => f.factorId)).toEqual(['side-effects']);
    expect(found.apart[0]).toEqual({
      factorId: 'success',
      importance: 3,
      ratings: [
        { opinionId: 'opinion-1', rating: 4 },
        { opinionId: 'opinion-2', rating: 2 },
      ],
      best: ['opinion-1'],
      spread: 2,
    });
  });

  it('says a tie when each option leads on as many top factors', () => {
    const found = findWeighing(
      two(
        { success: 2, recovery: 2 },
        { 'opinion-1': { success: 5, recovery: 2 }, 'opinion-2': { success: 3, recovery: 4 } },
      ),
      FACTORS,
    );
    expect(found.bestFit).toEqual({ kind: 'tie', opinionIds: ['opinion-1', 'opinion-2'] });
  });

  it('says even when every option is rated the same on every top factor', () => {
    const found = findWeighing(
      two({ success: 3 }, { 'opinion-1': { success: 4 }, 'opinion-2': { success: 4 } }),
      FACTORS,
    );
    expect(found.bestFit).toEqual({ kind: 'even' });
    expect(found.same.map((f) => [f.factorId, f.spread, f.best])).toEqual([
      ['success', 0, ['opinion-1', 'opinion-2']],
    ]);
  });

  it('a difference of one step is about the same; two or more pulls apart', () => {
    const found = findWeighing(
      two(
        { success: 1, recovery: 1 },
        { 'opinion-1': { success: 4, recovery: 5 }, 'opinion-2': { success: 3, recovery: 3 } },
      ),
      FACTORS,
    );
    expect(found.same.map((f) => f.factorId)).toEqual(['success']);
    expect(found.apart.map((f) => f.factorId)).toEqual(['recovery']);
    // A one-step lead still counts on a top factor.
    expect(found.bestFit).toEqual({
      kind: 'one',
      opinionId: 'opinion-1',
      factorIds: ['success', 'recovery'],
    });
  });

  it('lists what is not rated yet, with the options missing a rating, and compares only the fully rated', () => {
    const found = findWeighing(STATE, FACTORS);
    expect(found.top).toEqual(['success']);
    expect(found.unrated).toEqual([
      { factorId: 'success', opinionIds: ['opinion-2'] },
      { factorId: 'side-effects', opinionIds: ['opinion-3', 'opinion-2'] },
    ]);
    expect(found.bestFit).toEqual({ kind: 'unrated' });
    expect(found.topRated).toEqual([]);
    expect([found.apart, found.same]).toEqual([[], []]);
  });

  it('with three options, joint best on a top factor counts for each of them', () => {
    const state: CompareState = {
      ...STATE,
      importance: { success: 3 },
      ratings: { 'opinion-1': { success: 5 }, 'opinion-3': { success: 5 }, 'opinion-2': { success: 1 } },
    };
    const found = findWeighing(state, FACTORS);
    expect(found.bestFit).toEqual({ kind: 'tie', opinionIds: ['opinion-1', 'opinion-3'] });
    expect(found.apart[0]?.best).toEqual(['opinion-1', 'opinion-3']);
  });

  it('the option that fits best is always one rated highest on some top factor', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const arb = fc.record({
      importance: fc.tuple(...FACTORS.map(() => maybe(fc.constantFrom(...IMPORTANCE)))),
      one: fc.tuple(...FACTORS.map(() => fc.constantFrom(...RATINGS))),
      other: fc.tuple(...FACTORS.map(() => fc.constantFrom(...RATINGS))),
    });
    fc.assert(
      fc.property(arb, ({ importance, one, other }) => {
        const state = two(
          Object.fromEntries(
            FACTORS.flatMap((f, i) => (importance[i] === undefined ? [] : [[f, importance[i]]])),
          ),
          {
            'opinion-1': Object.fromEntries(FACTORS.map((f, i) => [f, one[i]!])),
            'opinion-2': Object.fromEntries(FACTORS.map((f, i) => [f, other[i]!])),
          },
        );
        const found = findWeighing(state, FACTORS);
        expect(found.unrated).toEqual([]);
        expect(found.apart.length + found.same.length).toBe(
          FACTORS.filter((_, i) => (importance[i] ?? 0) > 0).length,
        );
        if (found.bestFit.kind === 'one') {
          const fit = found.bestFit;
          expect(fit.factorIds.length).toBeGreaterThan(0);
          for (const id of fit.factorIds) expect(found.top).toContain(id);
          const wins = (o: string) =>
            found.topRated.filter((f) => f.best.length === 1 && f.best[0] === o).length;
          const loser = fit.opinionId === 'opinion-1' ? 'opinion-2' : 'opinion-1';
          expect(wins(fit.opinionId)).toBeGreaterThan(wins(loser));
        }
      }),
    );
  });
});
