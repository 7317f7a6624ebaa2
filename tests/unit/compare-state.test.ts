import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addOpinion,
  answerCompareSure,
  CERTAINTY,
  type CompareState,
  compareStateSchema,
  EMPTY_COMPARE,
  emptyOpinion,
  FIELD_LIMITS,
  hasComparison,
  IMPORTANCE,
  MARKS,
  type Opinion,
  OPINION_FIELDS,
  type OpinionField,
  opinionHasContent,
  PLAN_TYPES,
  RATINGS,
  TIMING,
  removeOpinion,
  setImportance,
  setMark,
  setRating,
  updateOpinion,
  WHO_FIELDS,
  type WhoField,
} from '@/lib/compare/state';

type Field = WhoField | OpinionField;

/** Freezes every object and array inside, so a transition that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const idsOf = (state: CompareState) => state.opinions.map((o) => o.id);
const opinion = (state: CompareState, id: string) => state.opinions.find((o) => o.id === id);

const THREE: CompareState = {
  opinions: [
    { ...emptyOpinion('opinion-1'), name: 'Dr Lee', diagnosis: 'Gallstones', planType: 'surgery' },
    { ...emptyOpinion('opinion-2'), name: 'Dr Okafor', diagnosis: 'Gallstones', planType: 'watch-and-wait' },
    { ...emptyOpinion('opinion-3'), name: 'Dr Ruiz', diagnosis: 'Ulcer', planType: 'medicine' },
  ],
  marks: { diagnosis: 'partly', plan: 'no' },
  importance: { success: 3, cost: 1 },
  ratings: {
    'opinion-1': { success: 5, cost: 2 },
    'opinion-2': { success: 3 },
    'opinion-3': { cost: 4 },
  },
  sure: { 'sure-understand': 'yes' },
};

/** The longest value each field takes, written out here rather than read from the schema. */
const MAX_LENGTH: Record<Exclude<Field, 'certainty' | 'planType' | 'timing'>, number> = {
  name: 120,
  specialty: 120,
  clinic: 160,
  date: 40,
  diagnosis: 3000,
  plan: 3000,
  start: 3000,
  results: 3000,
  risks: 3000,
  recovery: 3000,
  visits: 3000,
  cost: 3000,
  notes: 3000,
};
const TEXT_FIELDS = Object.keys(MAX_LENGTH) as (keyof typeof MAX_LENGTH)[];

describe('EMPTY_COMPARE', () => {
  it('starts with two empty opinions, nothing agreed, weighed or answered', () => {
    expect(idsOf(EMPTY_COMPARE)).toEqual(['opinion-1', 'opinion-2']);
    for (const o of EMPTY_COMPARE.opinions)
      for (const field of [...WHO_FIELDS, ...OPINION_FIELDS]) expect(o[field]).toBe('');
    expect(EMPTY_COMPARE.marks).toEqual({});
    expect(EMPTY_COMPARE.importance).toEqual({});
    expect(EMPTY_COMPARE.ratings).toEqual({});
    expect(EMPTY_COMPARE.sure).toEqual({});
    expect(compareStateSchema.safeParse(EMPTY_COMPARE).success).toBe(true);
  });
});

describe('addOpinion', () => {
  it('adds a third, empty opinion at the end', () => {
    const next = addOpinion(EMPTY_COMPARE);
    expect(idsOf(next)).toEqual(['opinion-1', 'opinion-2', 'opinion-3']);
    expect(next.opinions[2]).toEqual(emptyOpinion('opinion-3'));
    expect(next.opinions[0]).toBe(EMPTY_COMPARE.opinions[0]);
  });

  it('does nothing once there are three', () => {
    const three = addOpinion(EMPTY_COMPARE);
    expect(addOpinion(three)).toBe(three);
    expect(addOpinion(THREE)).toBe(THREE);
    expect(idsOf(addOpinion(addOpinion(three)))).toHaveLength(3);
  });

  it('reuses the lowest free opinion-N, so no two opinions share an id', () => {
    const afterRemoveFirst = addOpinion(removeOpinion(THREE, 'opinion-1'));
    expect(idsOf(afterRemoveFirst)).toEqual(['opinion-2', 'opinion-3', 'opinion-1']);
    expect(opinion(afterRemoveFirst, 'opinion-1')).toEqual(emptyOpinion('opinion-1'));

    const afterRemoveMiddle = addOpinion(removeOpinion(THREE, 'opinion-2'));
    expect(idsOf(afterRemoveMiddle)).toEqual(['opinion-1', 'opinion-3', 'opinion-2']);

    const odd: CompareState = {
      ...EMPTY_COMPARE,
      opinions: [emptyOpinion('opinion-2'), emptyOpinion('opinion-7')],
    };
    expect(idsOf(addOpinion(odd))).toEqual(['opinion-2', 'opinion-7', 'opinion-1']);
  });

  it('gives a re-added opinion none of the removed one’s ratings', () => {
    const next = addOpinion(removeOpinion(THREE, 'opinion-2'));
    expect(opinion(next, 'opinion-2')?.name).toBe('');
    expect(next.ratings['opinion-2']).toBeUndefined();
  });
});

describe('removeOpinion', () => {
  it('does nothing when only two are left', () => {
    expect(removeOpinion(EMPTY_COMPARE, 'opinion-1')).toBe(EMPTY_COMPARE);
    expect(removeOpinion(EMPTY_COMPARE, 'opinion-2')).toBe(EMPTY_COMPARE);
    const two = removeOpinion(THREE, 'opinion-3');
    expect(removeOpinion(two, 'opinion-1')).toBe(two);
  });

  it('removes the named opinion and its ratings, keeping everything else', () => {
    const next = removeOpinion(THREE, 'opinion-2');
    expect(idsOf(next)).toEqual(['opinion-1', 'opinion-3']);
    expect(next.opinions[0]).toEqual(THREE.opinions[0]);
    expect(next.opinions[1]).toEqual(THREE.opinions[2]);
    expect(next.ratings).toEqual({ 'opinion-1': { success: 5, cost: 2 }, 'opinion-3': { cost: 4 } });
    expect(next.importance).toEqual(THREE.importance);
    expect(next.marks).toEqual(THREE.marks);
    expect(next.sure).toEqual(THREE.sure);
  });

  it('keeps all three when the id is unknown', () => {
    const next = removeOpinion(THREE, 'opinion-9');
    expect(next).toEqual(THREE);
  });
});

describe('updateOpinion', () => {
  it.each(TEXT_FIELDS)('sets %s on that opinion only', (field) => {
    const next = updateOpinion(THREE, 'opinion-2', field, 'Some words');
    expect(opinion(next, 'opinion-2')).toEqual({ ...THREE.opinions[1], [field]: 'Some words' });
    expect(next.opinions[0]).toEqual(THREE.opinions[0]);
    expect(next.opinions[2]).toEqual(THREE.opinions[2]);
    expect({ ...next, opinions: [] }).toEqual({ ...THREE, opinions: [] });
  });

  it.each(TEXT_FIELDS)(
    'takes %s up to its limit and keeps what fits of a longer value, never dropping it whole',
    (field) => {
      const limit = MAX_LENGTH[field];
      expect(FIELD_LIMITS[field]).toBe(limit);
      const longest = 'x'.repeat(limit);
      expect(opinion(updateOpinion(THREE, 'opinion-1', field, longest), 'opinion-1')?.[field]).toBe(longest);
      const cut = updateOpinion(THREE, 'opinion-1', field, `${longest}yyy`);
      expect(opinion(cut, 'opinion-1')?.[field]).toBe(longest);
      expect(compareStateSchema.safeParse(cut).success).toBe(true);
    },
  );

  it.each(TEXT_FIELDS)('clears %s with an empty string', (field) => {
    const filled = updateOpinion(EMPTY_COMPARE, 'opinion-1', field, 'filled');
    expect(opinion(updateOpinion(filled, 'opinion-1', field, ''), 'opinion-1')?.[field]).toBe('');
  });

  it('sets every plan type and every certainty, and clears them with an empty string', () => {
    for (const value of PLAN_TYPES) {
      const next = updateOpinion(EMPTY_COMPARE, 'opinion-2', 'planType', value);
      expect(next.opinions[1]?.planType).toBe(value);
      expect(next.opinions[0]?.planType).toBe('');
      expect(updateOpinion(next, 'opinion-2', 'planType', '').opinions[1]?.planType).toBe('');
    }
    for (const value of CERTAINTY) {
      const next = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'certainty', value);
      expect(next.opinions[0]?.certainty).toBe(value);
      expect(next.opinions[1]?.certainty).toBe('');
      expect(updateOpinion(next, 'opinion-1', 'certainty', '').opinions[0]?.certainty).toBe('');
    }
    for (const value of TIMING) {
      const next = updateOpinion(EMPTY_COMPARE, 'opinion-2', 'timing', value);
      expect(next.opinions[1]?.timing).toBe(value);
      expect(updateOpinion(next, 'opinion-2', 'timing', '').opinions[1]?.timing).toBe('');
    }
  });

  it.each([
    ['planType', 'rocket'],
    ['planType', 'Surgery'],
    ['planType', ' surgery'],
    ['certainty', 'certain'],
    ['certainty', 'VERY-SURE'],
    ['timing', 'soon'],
  ] as const)('rejects %s "%s", leaving the state as it was', (field, value) => {
    const next = updateOpinion(THREE, 'opinion-1', field, value as string as Opinion[typeof field]);
    expect(next).toBe(THREE);
    expect(next).toEqual(THREE);
  });

  it('rejects a value that is not a string', () => {
    const next = updateOpinion(THREE, 'opinion-1', 'diagnosis', 42 as unknown as string);
    expect(next).toBe(THREE);
  });

  it('changes nothing for an unknown opinion id', () => {
    expect(updateOpinion(THREE, 'opinion-9', 'diagnosis', 'Flu')).toEqual(THREE);
  });
});

describe('opinionHasContent', () => {
  it('is false for an empty opinion and an unknown id', () => {
    expect(opinionHasContent(EMPTY_COMPARE, 'opinion-1')).toBe(false);
    expect(opinionHasContent(THREE, 'opinion-9')).toBe(false);
    const blank = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'notes', '  \n ');
    expect(opinionHasContent(blank, 'opinion-1')).toBe(false);
  });

  it('is true once a field is filled in or a rating given, for that opinion only', () => {
    const typed = updateOpinion(EMPTY_COMPARE, 'opinion-2', 'risks', 'Infection');
    expect(opinionHasContent(typed, 'opinion-2')).toBe(true);
    expect(opinionHasContent(typed, 'opinion-1')).toBe(false);
    const rated = setRating(EMPTY_COMPARE, 'opinion-1', 'success', 4);
    expect(opinionHasContent(rated, 'opinion-1')).toBe(true);
  });
});

describe('marks, importance, ratings and the SURE answers', () => {
  it('setMark sets one row, leaving the others', () => {
    for (const value of MARKS) {
      const d = setMark(EMPTY_COMPARE, 'diagnosis', value);
      expect(d.marks).toEqual({ diagnosis: value });
      const p = setMark(d, 'timing', 'partly');
      expect(p.marks).toEqual({ diagnosis: value, timing: 'partly' });
    }
    expect(setMark(THREE, 'plan', 'yes').marks).toEqual({ diagnosis: 'partly', plan: 'yes' });
  });

  it('setImportance sets one factor and keeps the others', () => {
    for (const value of IMPORTANCE) {
      const next = setImportance(THREE, 'recovery', value);
      expect(next.importance).toEqual({ success: 3, cost: 1, recovery: value });
    }
    expect(setImportance(THREE, 'success', 0).importance).toEqual({ success: 0, cost: 1 });
    expect(setImportance(THREE, 'success', 0).ratings).toEqual(THREE.ratings);
  });

  it('setRating sets one plan’s rating on one factor and keeps every other rating', () => {
    for (const value of RATINGS) {
      const next = setRating(THREE, 'opinion-2', 'cost', value);
      expect(next.ratings).toEqual({ ...THREE.ratings, 'opinion-2': { success: 3, cost: value } });
    }
    expect(setRating(EMPTY_COMPARE, 'opinion-1', 'success', 4).ratings).toEqual({
      'opinion-1': { success: 4 },
    });
    expect(setRating(THREE, 'opinion-1', 'success', 1).ratings['opinion-1']).toEqual({ success: 1, cost: 2 });
  });

  it('answerCompareSure records yes or no by question id and can change it', () => {
    const yes = answerCompareSure(EMPTY_COMPARE, 'sure-values', 'yes');
    expect(yes.sure).toEqual({ 'sure-values': 'yes' });
    const both = answerCompareSure(yes, 'sure-support', 'no');
    expect(both.sure).toEqual({ 'sure-values': 'yes', 'sure-support': 'no' });
    expect(answerCompareSure(both, 'sure-values', 'no').sure).toEqual({
      'sure-values': 'no',
      'sure-support': 'no',
    });
  });
});

describe('hasComparison', () => {
  it('is false for an empty comparison, or one with only spaces typed', () => {
    expect(hasComparison(EMPTY_COMPARE)).toBe(false);
    expect(hasComparison(addOpinion(EMPTY_COMPARE))).toBe(false);
    expect(hasComparison(updateOpinion(EMPTY_COMPARE, 'opinion-2', 'notes', '  \n\t '))).toBe(false);
  });

  it.each([...WHO_FIELDS, ...OPINION_FIELDS])('is true once %s is filled in for any opinion', (field) => {
    const value =
      field === 'planType'
        ? 'surgery'
        : field === 'certainty'
          ? 'unsure'
          : field === 'timing'
            ? 'within-weeks'
            : 'Something';
    const three = addOpinion(EMPTY_COMPARE);
    expect(hasComparison(updateOpinion(three, 'opinion-3', field, value as never))).toBe(true);
    expect(hasComparison(updateOpinion(three, 'opinion-1', field, value as never))).toBe(true);
  });
});

describe('transitions never change their input', () => {
  it('each transition leaves a frozen state untouched', () => {
    const frozen = deepFreeze(structuredClone(THREE));
    const before = structuredClone(THREE);
    const two = deepFreeze(structuredClone(EMPTY_COMPARE));
    addOpinion(two);
    removeOpinion(frozen, 'opinion-2');
    updateOpinion(frozen, 'opinion-1', 'plan', 'Operate next week');
    updateOpinion(frozen, 'opinion-1', 'planType', 'medicine');
    setMark(frozen, 'diagnosis', 'no');
    setImportance(frozen, 'success', 0);
    setImportance(frozen, 'travel', 2);
    setRating(frozen, 'opinion-1', 'success', 1);
    setRating(frozen, 'opinion-3', 'travel', 5);
    answerCompareSure(frozen, 'sure-understand', 'no');
    expect(frozen).toEqual(before);
    expect(two).toEqual(EMPTY_COMPARE);
  });
});

describe('compareStateSchema', () => {
  const withOpinions = (n: number): unknown => ({
    ...EMPTY_COMPARE,
    opinions: Array.from({ length: n }, (_, i) => emptyOpinion(`opinion-${i + 1}`)),
  });

  it('accepts two or three opinions and the sample state', () => {
    expect(compareStateSchema.safeParse(withOpinions(2)).success).toBe(true);
    expect(compareStateSchema.safeParse(withOpinions(3)).success).toBe(true);
    expect(compareStateSchema.safeParse(THREE).success).toBe(true);
  });

  it('rejects 0, 1 or 4 opinions', () => {
    for (const n of [0, 1, 4])
      expect(compareStateSchema.safeParse(withOpinions(n)).success, `${n}`).toBe(false);
  });

  it.each([
    ['diagnosis', 'maybe'],
    ['plan', 'Yes'],
    ['plan', ''],
    ['diagnosis', true],
    ['diagnosis', null],
    ['name', 'yes'],
    ['colour', 'no'],
  ])('rejects marks.%s = %j', (row, value) => {
    const state = { ...THREE, marks: { ...THREE.marks, [row]: value } };
    expect(compareStateSchema.safeParse(state).success).toBe(false);
  });

  it('takes a timing from the fixed list only', () => {
    const [first, ...rest] = THREE.opinions;
    const withTiming = (timing: unknown) => ({ ...THREE, opinions: [{ ...first, timing }, ...rest] });
    expect(compareStateSchema.safeParse(withTiming('within-weeks')).success).toBe(true);
    expect(compareStateSchema.safeParse(withTiming('next week')).success).toBe(false);
  });

  it.each([0, 6, 2.5, -1, '3'])('rejects a rating of %j', (value) => {
    const state = { ...THREE, ratings: { 'opinion-1': { success: value } } };
    expect(compareStateSchema.safeParse(state).success).toBe(false);
  });

  it.each([4, -1, 1.5, '2'])('rejects an importance of %j', (value) => {
    const state = { ...THREE, importance: { success: value } };
    expect(compareStateSchema.safeParse(state).success).toBe(false);
  });

  it('rejects unknown keys, an unknown plan type, an over-long field and a bad SURE answer', () => {
    expect(compareStateSchema.safeParse({ ...THREE, extra: 1 }).success).toBe(false);
    const [first, ...rest] = THREE.opinions;
    const withFirst = (o: unknown) => ({ ...THREE, opinions: [o, ...rest] });
    expect(compareStateSchema.safeParse(withFirst({ ...first, planType: 'rocket' })).success).toBe(false);
    expect(compareStateSchema.safeParse(withFirst({ ...first, colour: 'red' })).success).toBe(false);
    expect(compareStateSchema.safeParse(withFirst({ ...first, notes: 'x'.repeat(3001) })).success).toBe(
      false,
    );
    expect(compareStateSchema.safeParse(withFirst({ ...first, id: '' })).success).toBe(false);
    expect(compareStateSchema.safeParse({ ...THREE, sure: { a: 'maybe' } }).success).toBe(false);
  });
});

describe('any sequence of transitions', () => {
  const FACTORS = ['success', 'side-effects', 'recovery', 'cost'];
  const fields = [...WHO_FIELDS, ...OPINION_FIELDS] as Field[];
  const fieldValue = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...PLAN_TYPES, ...CERTAINTY, ...TIMING, ''),
    fc.constantFrom(40, 41, 120, 121, 160, 161, 3000, 3001).map((n) => 'y'.repeat(n)),
  );
  const action = fc.oneof(
    fc.constant({ kind: 'add' as const }),
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      field: fc.constantFrom(...fields),
      value: fieldValue,
    }),
    fc.record({
      kind: fc.constant('mark' as const),
      row: fc.constantFrom(...OPINION_FIELDS),
      value: fc.constantFrom(...MARKS),
    }),
    fc.record({
      kind: fc.constant('importance' as const),
      factor: fc.constantFrom(...FACTORS),
      value: fc.constantFrom(...IMPORTANCE),
    }),
    fc.record({
      kind: fc.constant('rate' as const),
      pick: fc.nat(),
      factor: fc.constantFrom(...FACTORS),
      value: fc.constantFrom(...RATINGS),
    }),
    fc.record({
      kind: fc.constant('sure' as const),
      id: fc.constantFrom('sure-a', 'sure-b'),
      value: fc.constantFrom('yes' as const, 'no' as const),
    }),
  );
  type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

  function step(state: CompareState, a: Action): CompareState {
    const pickId = (pick: number) => state.opinions[pick % state.opinions.length]!.id;
    switch (a.kind) {
      case 'add':
        return addOpinion(state);
      case 'remove':
        return removeOpinion(state, pickId(a.pick));
      case 'update':
        return updateOpinion(state, pickId(a.pick), a.field, a.value as never);
      case 'mark':
        return setMark(state, a.row, a.value);
      case 'importance':
        return setImportance(state, a.factor, a.value);
      case 'rate':
        return setRating(state, pickId(a.pick), a.factor, a.value);
      case 'sure':
        return answerCompareSure(state, a.id, a.value);
    }
  }

  it('yields a state the schema accepts, with 2–3 opinions of distinct ids and ratings only for them', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let state = deepFreeze(structuredClone(EMPTY_COMPARE));
        for (const a of actions) {
          state = deepFreeze(step(state, a));
          expect(compareStateSchema.safeParse(state).success).toBe(true);
          const ids = idsOf(state);
          expect(ids.length).toBeGreaterThanOrEqual(2);
          expect(ids.length).toBeLessThanOrEqual(3);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of Object.keys(state.ratings)) expect(ids).toContain(id);
        }
      }),
      { numRuns: 200 },
    );
  });
});
