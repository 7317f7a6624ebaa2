import { describe, expect, it } from 'vitest';
import {
  classifyOutcome,
  type Outcome,
  outcomeOf,
  outcomeWaitsFor,
  rowMark,
  summarizeMarks,
  suggestMark,
} from '@/lib/compare/outcome';
import {
  type CompareState,
  EMPTY_COMPARE,
  emptyOpinion,
  type Mark,
  type Opinion,
  OPINION_FIELDS,
  setMark,
} from '@/lib/compare/state';

type Answer = Mark | null;

describe('classifyOutcome', () => {
  // Every combination, written out: diagnosis, plan, outcome.
  const TABLE: [Answer, Answer, Outcome | null][] = [
    ['yes', 'yes', 'confirmation'],
    ['yes', 'partly', 'adjustment'],
    ['yes', 'no', 'adjustment'],
    ['yes', null, null],
    ['partly', 'yes', 'adjustment'],
    ['partly', 'partly', 'adjustment'],
    ['partly', 'no', 'adjustment'],
    ['partly', null, null],
    ['no', 'yes', 'disagreement'],
    ['no', 'partly', 'disagreement'],
    ['no', 'no', 'disagreement'],
    ['no', null, 'disagreement'],
    [null, 'yes', null],
    [null, 'partly', null],
    [null, 'no', null],
    [null, null, null],
  ];

  it('covers all 16 combinations', () => {
    expect(new Set(TABLE.map(([d, p]) => `${d}/${p}`)).size).toBe(16);
  });

  it.each(TABLE)('diagnosis %s, plan %s → %s', (diagnosis, plan, expected) => {
    expect(classifyOutcome({ diagnosis, plan })).toBe(expected);
  });
});

const opinions = (...parts: Partial<Opinion>[]) =>
  parts.map((part, i) => ({ ...emptyOpinion(`opinion-${i + 1}`), ...part }));

describe('suggestMark: only where the app can be sure', () => {
  it.each([
    ['planType', [{ planType: 'surgery' }, { planType: 'surgery' }], 'yes', 'same-choice'],
    ['planType', [{ planType: 'surgery' }, { planType: 'medicine' }], 'no', 'different-choice'],
    [
      'planType',
      [{ planType: 'surgery' }, { planType: 'surgery' }, { planType: 'medicine' }],
      'no',
      'different-choice',
    ],
    ['certainty', [{ certainty: 'very-sure' }, { certainty: 'fairly-sure' }], 'no', 'different-choice'],
    ['certainty', [{ certainty: 'unsure' }, { certainty: 'unsure' }], 'yes', 'same-choice'],
    ['timing', [{ timing: 'within-days' }, { timing: 'within-days' }], 'yes', 'same-choice'],
    ['timing', [{ timing: 'within-days' }, { timing: 'within-months' }], 'no', 'different-choice'],
    // Different choices outweigh a missing one.
    ['timing', [{ timing: 'within-days' }, { timing: 'within-months' }, {}], 'no', 'different-choice'],
    // One given, one not: "did not say" counts as not given.
    ['planType', [{ planType: 'surgery' }, {}], 'no', 'only-some-noted'],
    ['certainty', [{ certainty: 'very-sure' }, { certainty: 'did-not-say' }], 'no', 'only-some-noted'],
    ['timing', [{ timing: 'did-not-say' }, { timing: 'within-weeks' }], 'no', 'only-some-noted'],
    ['planType', [{ planType: 'surgery' }, { planType: 'surgery' }, {}], 'no', 'only-some-noted'],
    ['risks', [{ risks: 'Infection' }, { risks: '   ' }], 'no', 'only-some-noted'],
    ['diagnosis', [{}, { diagnosis: 'Gallstones' }, { diagnosis: 'Ulcer' }], 'no', 'only-some-noted'],
  ] as [keyof Opinion & string, Partial<Opinion>[], Mark, string][])(
    '%s %j → %s (%s)',
    (field, parts, mark, reason) => {
      expect(suggestMark(field as never, opinions(...parts))).toEqual({ mark, reason });
    },
  );

  it.each([
    ['diagnosis', [{ diagnosis: 'Gallstones' }, { diagnosis: 'Stones in the gallbladder' }]],
    ['diagnosis', [{ diagnosis: 'Gallstones' }, { diagnosis: 'gallstones' }]],
    ['plan', [{ plan: 'Surgery' }, { plan: 'Medicine' }, { plan: 'Surgery' }]],
    ['planType', [{}, {}]],
    ['certainty', [{ certainty: 'did-not-say' }, { certainty: 'did-not-say' }]],
    ['timing', [{ timing: 'did-not-say' }, {}]],
    ['notes', [{}, {}, {}]],
  ] as [keyof Opinion & string, Partial<Opinion>[]][])(
    'never suggests for %s %j: typed answers are not compared, and nothing noted has nothing to mark',
    (field, parts) => {
      expect(suggestMark(field as never, opinions(...parts))).toBeNull();
    },
  );
});

describe('rowMark', () => {
  const state = (parts: Partial<Opinion>[], marks: CompareState['marks'] = {}): CompareState => ({
    ...EMPTY_COMPARE,
    opinions: opinions(...parts),
    marks,
  });

  it('asks for no mark where nothing is noted, even with a stored mark', () => {
    expect(rowMark(state([{}, { certainty: 'did-not-say' }]), 'certainty')).toEqual({ open: false });
    expect(rowMark(state([{}, {}], { risks: 'yes' }), 'risks')).toEqual({ open: false });
  });

  it('shows a suggestion as the mark until the person picks, and their pick wins', () => {
    const differ = state([{ planType: 'surgery' }, { planType: 'medicine' }]);
    expect(rowMark(differ, 'planType')).toEqual({
      open: true,
      noted: 2,
      suggestion: { mark: 'no', reason: 'different-choice' },
      mark: 'no',
      own: false,
    });
    expect(rowMark(setMark(differ, 'planType', 'partly'), 'planType')).toMatchObject({
      mark: 'partly',
      own: true,
      suggestion: { mark: 'no' },
    });
  });

  it('leaves two typed answers unmarked until the person marks them', () => {
    const typed = state([{ diagnosis: 'Gallstones' }, { diagnosis: 'Stones in the gallbladder' }]);
    expect(rowMark(typed, 'diagnosis')).toEqual({
      open: true,
      noted: 2,
      suggestion: null,
      mark: null,
      own: false,
    });
  });
});

describe('summarizeMarks', () => {
  it('counts own marks and suggestions left, over the rows with something noted', () => {
    let state: CompareState = {
      ...EMPTY_COMPARE,
      opinions: opinions(
        {
          diagnosis: 'Gallstones',
          plan: 'Surgery',
          planType: 'surgery',
          certainty: 'very-sure',
          risks: 'Bleeding',
        },
        {
          diagnosis: 'Gallstones',
          plan: 'Wait',
          planType: 'watch-and-wait',
          certainty: 'very-sure',
          cost: '$50',
        },
      ),
    };
    // Rows noted: diagnosis, certainty (same → agree), plan, planType (differ), risks and cost (one side → differ).
    expect(summarizeMarks(state)).toEqual({
      rows: 6,
      marked: 4,
      yes: 1,
      partly: 0,
      no: 3,
      suggested: 4,
      unmarked: 2,
    });
    state = setMark(state, 'diagnosis', 'yes');
    state = setMark(state, 'plan', 'partly');
    state = setMark(state, 'planType', 'partly');
    // planType was suggested differ and is now the person's own; certainty, risks and cost are still suggestions.
    expect(summarizeMarks(state)).toEqual({
      rows: 6,
      marked: 6,
      yes: 2,
      partly: 2,
      no: 2,
      suggested: 3,
      unmarked: 0,
    });
  });

  it('is all zeros when nothing is noted', () => {
    expect(summarizeMarks(EMPTY_COMPARE)).toEqual({
      rows: 0,
      marked: 0,
      yes: 0,
      partly: 0,
      no: 0,
      suggested: 0,
      unmarked: 0,
    });
  });

  it('counts at most one mark per row', () => {
    const full = {
      ...EMPTY_COMPARE,
      opinions: opinions(
        Object.fromEntries(
          OPINION_FIELDS.map((f) => [
            f,
            f === 'planType'
              ? 'surgery'
              : f === 'certainty'
                ? 'unsure'
                : f === 'timing'
                  ? 'within-days'
                  : 'x',
          ]),
        ),
        {},
      ),
    };
    expect(summarizeMarks(full)).toMatchObject({
      rows: OPINION_FIELDS.length,
      marked: OPINION_FIELDS.length,
      no: OPINION_FIELDS.length,
    });
  });
});

describe('outcomeOf', () => {
  const both = {
    ...EMPTY_COMPARE,
    opinions: opinions(
      { diagnosis: 'Gallstones', plan: 'Surgery' },
      { diagnosis: 'Stones', plan: 'Surgery soon' },
    ),
  };

  it('waits for the person to mark the diagnosis and plan rows', () => {
    expect(outcomeOf(both)).toBeNull();
    expect(outcomeOf(setMark(both, 'diagnosis', 'yes'))).toBeNull();
    expect(outcomeOf(setMark(setMark(both, 'diagnosis', 'yes'), 'plan', 'yes'))).toBe('confirmation');
    expect(outcomeOf(setMark(setMark(both, 'diagnosis', 'yes'), 'plan', 'no'))).toBe('adjustment');
    expect(outcomeOf(setMark(both, 'diagnosis', 'no'))).toBe('disagreement');
  });

  it('waits for two noted answers before one doctor alone can read as a disagreement', () => {
    const oneSided = {
      ...EMPTY_COMPARE,
      opinions: opinions({ diagnosis: 'Gallstones', plan: 'Surgery' }, {}),
    };
    // The row still suggests "differ" (only one answer is noted), but that is not a second opinion disagreeing.
    expect(rowMark(oneSided, 'diagnosis')).toMatchObject({ mark: 'no', own: false });
    expect(outcomeOf(oneSided)).toBeNull();
    expect(outcomeWaitsFor(oneSided)).toBe('two-noted');
    // The person may know what the second doctor said without typing it: their own mark counts.
    expect(outcomeOf(setMark(oneSided, 'diagnosis', 'no'))).toBe('disagreement');
    expect(outcomeOf(setMark(EMPTY_COMPARE, 'diagnosis', 'no'))).toBeNull();
  });

  it('says what the outcome waits for', () => {
    expect(outcomeWaitsFor(both)).toBe('marks');
    expect(outcomeWaitsFor(setMark(setMark(both, 'diagnosis', 'yes'), 'plan', 'yes'))).toBeNull();
    expect(outcomeWaitsFor(EMPTY_COMPARE)).toBe('two-noted');
  });
});
