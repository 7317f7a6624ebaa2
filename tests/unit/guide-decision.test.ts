import { describe, expect, it } from 'vitest';
import { fernandezHuerta, readability } from '@/lib/content';
import { PERSPECTIVES } from '@/lib/engine';
import {
  allDecisionWords as allWordsIn,
  DECISION_STEPS,
  type DecisionStep,
  type DecisionWords,
  decisionAnswerText as answerTextIn,
  decisionQuestion as questionIn,
  decisionSummary as summaryIn,
  readDecisionValue,
} from '@/lib/guide/decision';
import { type GuideDecision, MATTERS, OTHERS, PRESSURE, ROLES } from '@/lib/guide/state';
import type { Perspective } from '@/lib/engine';
import { type Locale, LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

/** The words of `guide.decision` in one language, failing loudly on a key the messages lack. */
function wordsIn(locale: Locale): DecisionWords {
  return (key) => {
    const found: unknown = key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part],
        MESSAGES[locale].guide.decision,
      );
    if (typeof found !== 'string') throw new Error(`${locale}: no message guide.decision.${key}`);
    return found;
  };
}

const en = wordsIn('en');
const es = wordsIn('es');
const allDecisionWords = () => allWordsIn(en);
const decisionQuestion = (step: DecisionStep, perspective: Perspective) => questionIn(step, perspective, en);
const decisionAnswerText = (step: DecisionStep, perspective: Perspective, decision: GuideDecision) =>
  answerTextIn(step, perspective, decision, en);
const decisionSummary = (perspective: Perspective, decision: GuideDecision) =>
  summaryIn(perspective, decision, en);

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

describe('decision step wording in every language', () => {
  it('has every message the steps and the summary look up', () => {
    for (const locale of LOCALES) expect(allWordsIn(wordsIn(locale)).length).toBeGreaterThan(100);
  });

  it('reads at 70 or more on the Fernández-Huerta scale in Spanish', () => {
    const { score, words } = fernandezHuerta(allWordsIn(es).join('\n'));
    expect(words).toBeGreaterThan(200);
    expect(score).toBeGreaterThanOrEqual(70);
  });

  it('words the Spanish questions for each perspective', () => {
    expect(questionIn('matters', 'child', es).options.at(-1)?.label).toBe(
      'Seguir con un médico que mi hijo o hija conoce',
    );
    expect(questionIn('role', 'other', es).question).toMatch(/la persona que usted cuida/);
    for (const step of DECISION_STEPS) {
      expect(questionIn(step, 'child', es).question).toMatch(/su hijo o hija/);
      expect(questionIn(step, 'self', es).question).not.toMatch(/hijo|cuida/);
    }
    expect(questionIn('pressure', 'self', es).options.map((o) => o.label)).toEqual(['Sí', 'No', 'No lo sé']);
  });

  it('says the answers back in Spanish', () => {
    expect(answerTextIn('matters', 'self', { matters: ['sure-of-diagnosis', 'cost-and-travel'] }, es)).toBe(
      'Tener claro el diagnóstico, El costo y los viajes',
    );
    expect(summaryIn('child', { pressure: 'yes' }, es)).toEqual([
      {
        said: 'Siente presión para elegir una opción para su hijo o hija.',
        advice:
          'La decisión es suya y de su familia. Puede decirle al médico que siente presión. Pregunte cuánto tiempo tiene para decidir.',
      },
    ]);
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
