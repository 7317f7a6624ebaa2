import { describe, expect, it } from 'vitest';
import { classifyOutcome, type Outcome, rowDiffers, suggestPlanAgreement } from '@/lib/compare/outcome';
import { type Agreement, emptyOpinion, type Opinion } from '@/lib/compare/state';

type Answer = Agreement | null;

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

describe('suggestPlanAgreement', () => {
  const withTypes = (...types: Opinion['planType'][]) =>
    types.map((planType, i) => ({ ...emptyOpinion(`opinion-${i + 1}`), planType }));

  it.each([
    [['surgery', 'surgery'], 'yes'],
    [['watch-and-wait', 'watch-and-wait', 'watch-and-wait'], 'yes'],
    [['surgery', 'surgery', 'medicine'], 'partly'],
    [['medicine', 'surgery', 'medicine'], 'partly'],
    [['surgery', 'medicine'], 'no'],
    [['surgery', 'medicine', 'radiation-or-chemotherapy'], 'no'],
    [['surgery', ''], null],
    [['', ''], null],
    [['surgery', 'surgery', ''], null],
    [['', 'medicine', 'surgery'], null],
    [['surgery'], null],
    [[], null],
  ] as [Opinion['planType'][], Agreement | null][])('plan types %j → %s', (types, expected) => {
    expect(suggestPlanAgreement(withTypes(...types))).toBe(expected);
  });

  it('looks only at the plan type, not the words of the plan', () => {
    const opinions = withTypes('surgery', 'surgery').map((o, i) => ({ ...o, plan: `Plan ${i}` }));
    expect(suggestPlanAgreement(opinions)).toBe('yes');
  });
});

describe('rowDiffers', () => {
  it.each([
    [['Surgery', 'surgery'], false],
    [['  Gall  stones ', 'gall stones'], false],
    [['gall\tstones', 'GALL\nSTONES'], false],
    [['Surgery', ''], false],
    [['Surgery', '   ', 'SURGERY'], false],
    [['', '', ''], false],
    [['Surgery'], false],
    [[], false],
    [['Surgery', 'Medicine'], true],
    [['gallstones', 'gall stones'], true],
    [['Surgery', '', 'Medicine'], true],
    [['Surgery', 'surgery', 'Medicine'], true],
  ] as [string[], boolean][])('%j → %s', (values, expected) => {
    expect(rowDiffers(values)).toBe(expected);
  });
});
