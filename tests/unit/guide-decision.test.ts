import { describe, expect, it } from 'vitest';
import { readability } from '@/lib/content';
import { PERSPECTIVES } from '@/lib/engine';
import {
  allDecisionWords,
  DECISION_STEPS,
  decisionAnswerText,
  decisionQuestion,
  decisionSummary,
  readDecisionValue,
} from '@/lib/guide/decision';
import { MATTERS, OTHERS, PRESSURE, ROLES } from '@/lib/guide/state';

describe('decision step wording', () => {
  it('reads at or below grade 8, like the content files', () => {
    const { grade, words } = readability(allDecisionWords().join('\n'));
    expect(words).toBeGreaterThan(200);
    expect(grade).toBeLessThanOrEqual(8);
  });

  it('offers exactly the stored ids, in order, for every perspective', () => {
    const ids = { matters: MATTERS, others: OTHERS, pressure: PRESSURE, role: ROLES };
    for (const step of DECISION_STEPS)
      for (const perspective of PERSPECTIVES)
        expect(decisionQuestion(step, perspective).options.map((o) => o.value)).toEqual([...ids[step]]);
  });

  it('words questions and choices for each perspective', () => {
    expect(decisionQuestion('matters', 'child').options.at(-1)?.label).toBe(
      'Staying with a doctor your child knows',
    );
    expect(decisionQuestion('matters', 'self').options.at(-1)?.label).toBe('Staying with a doctor I know');
    expect(decisionQuestion('role', 'other').question).toMatch(/the person you care for/);
    for (const step of DECISION_STEPS) {
      expect(decisionQuestion(step, 'child').question).toMatch(/your child/);
      expect(decisionQuestion(step, 'self').question).not.toMatch(/child|care for/);
    }
  });
});

describe('readDecisionValue', () => {
  it('keeps known choices in the order shown, and refuses anything else', () => {
    expect(readDecisionValue('matters', ['known-doctor', 'sure-of-diagnosis'])).toEqual([
      'sure-of-diagnosis',
      'known-doctor',
    ]);
    expect(readDecisionValue('matters', ['fame'])).toBeNull();
    expect(readDecisionValue('matters', 'start-sooner')).toBeNull();
    expect(readDecisionValue('role', 'shared')).toBe('shared');
    expect(readDecisionValue('role', ['shared'])).toBeNull();
    expect(readDecisionValue('pressure', 'maybe')).toBeNull();
  });
});

describe('decisionAnswerText and decisionSummary', () => {
  it('says nothing for steps with no answer', () => {
    expect(decisionAnswerText('others', 'self', {})).toBeNull();
    expect(decisionAnswerText('matters', 'self', { matters: [] })).toBeNull();
    expect(decisionSummary('self', {})).toEqual([]);
  });

  it('lists the chosen labels for Check your answers', () => {
    expect(decisionAnswerText('matters', 'other', { matters: ['cost-and-travel', 'known-doctor'] })).toBe(
      'Cost and travel, Staying with a doctor they know',
    );
    expect(decisionAnswerText('pressure', 'self', { pressure: 'not-sure' })).toBe("I'm not sure");
  });

  it('gives one point per answer, in the order the steps are asked, with balanced advice', () => {
    const points = decisionSummary('self', {
      role: 'alone',
      matters: ['cost-and-travel'],
      pressure: 'no',
      others: 'lean-second',
    });
    expect(points.map((p) => p.said)).toEqual([
      'Cost and travel matter to you.',
      'Someone else who is part of this choice leans towards a second opinion.',
      'You do not feel pushed either way.',
      'You want to decide on your own, after you hear the options.',
    ]);
    // Both options are named fairly: cost points to going ahead, and to ways a second opinion can fit.
    expect(points[0]!.advice).toMatch(/Going ahead with the current plan/);
    expect(points[0]!.advice).toMatch(/second opinion/);
  });
});
