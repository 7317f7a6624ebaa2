import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import type { Situation } from '@/lib/engine';
import { PERSPECTIVES } from '@/lib/engine/types';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { type StartStep, startHere } from '@/lib/prepare/start-here';

const { checklists } = getContent();
/** A step's words, as the page shows them: from the `prepare` messages, by the step's ids. */
const words = (step: StartStep, locale: Locale = 'en') =>
  MESSAGES[locale].prepare.startHere.steps[step.id][step.perspective];
const texts = (situation: Situation | null, locale: Locale = 'en') =>
  startHere(getContent(locale).checklists, situation).map((step) => ({ ...step, text: words(step, locale) }));
const keys = (situation: Situation | null) =>
  startHere(checklists, situation).map((step) => `${step.listId}/${step.itemId}`);
const self = (answers: Record<string, string>): Situation => ({ perspective: 'self', answers });

describe('startHere', () => {
  it('without answers: tell the doctor, call the plan, ask for names, in that order', () => {
    const steps = texts(null);
    expect(keys(null)).toEqual([
      'talking-with-your-doctor/tell-them',
      'insurance-and-cost/covered',
      'finding-a-specialist/ask-for-names',
    ]);
    expect(steps[0]!.text).toBe(
      'Tell your doctor you want a second opinion. Ask how long it is safe to wait.',
    );
  });

  it('answers that change nothing give the default steps', () => {
    expect(keys(self({ 'time-sensitive': 'no', 'insurance-requires': 'no' }))).toEqual(keys(null));
  });

  it.each(['yes', 'not-sure'])(
    'time-sensitive "%s": asking how long it is safe to wait comes first, and booking soon third',
    (value) => {
      expect(keys(self({ 'time-sensitive': value }))).toEqual([
        'talking-with-your-doctor/how-long-to-wait',
        'insurance-and-cost/covered',
        'finding-a-specialist/how-soon',
      ]);
    },
  );

  it.each(['yes', 'not-sure'])(
    'insurance-requires "%s": checking what the plan needs comes first',
    (value) => {
      const steps = texts(self({ 'insurance-requires': value }));
      expect(steps.map((s) => s.itemId)).toEqual(['referral-or-approval', 'tell-them', 'ask-for-names']);
      expect(steps[0]!.text).toMatch(/^Call your health plan now/);
    },
  );

  it('time pressure and a plan that asks: waiting first, then the plan, then booking soon', () => {
    expect(keys(self({ 'time-sensitive': 'yes', 'insurance-requires': 'yes' }))).toEqual([
      'talking-with-your-doctor/how-long-to-wait',
      'insurance-and-cost/referral-or-approval',
      'finding-a-specialist/how-soon',
    ]);
  });

  it('for a child: worded for the child, and points to a children’s specialist', () => {
    const steps = texts({ perspective: 'child', answers: { 'serious-diagnosis': 'yes' } });
    expect(steps.map((s) => s.itemId)).toEqual(['tell-them', 'covered', 'childrens-specialist']);
    expect(steps[0]!.text).toMatch(/^Tell your child's doctor/);
    expect(steps[1]!.text).toMatch(/^Call your child's health plan/);
    const urgent = texts({ perspective: 'child', answers: { 'time-sensitive': 'yes' } });
    expect(urgent[0]!.text).toMatch(/^Ask your child's doctor how long it is safe to wait/);
    expect(urgent[2]!.text).toMatch(/see your child\./);
  });

  it('for someone you care for: no "your doctor", which would mean the carer’s own doctor', () => {
    const steps = texts({ perspective: 'other', answers: { 'time-sensitive': 'yes' } });
    expect(steps).toHaveLength(3);
    for (const step of steps) expect(step.text).not.toMatch(/\byour (doctor|health plan)\b/);
    expect(steps[0]!.text).toMatch(/the person you care for/);
  });

  it('every step links to an item that exists and is shown for those answers', () => {
    const situations: (Situation | null)[] = [
      null,
      self({ 'time-sensitive': 'yes', 'insurance-requires': 'not-sure' }),
      { perspective: 'child', answers: { 'insurance-requires': 'yes' } },
      { perspective: 'other', answers: { 'time-sensitive': 'not-sure' } },
    ];
    for (const situation of situations) {
      const steps = startHere(checklists, situation);
      expect(steps).toHaveLength(3);
      for (const step of steps) {
        const list = checklists.find((l) => l.id === step.listId);
        expect(
          list?.items.some((item) => item.id === step.itemId),
          step.itemId,
        ).toBe(true);
      }
    }
  });

  it('skips a step whose item is hidden or missing and fills in from the defaults', () => {
    const lists = [
      { id: 'talking-with-your-doctor', items: [{ id: 'tell-them' }, { id: 'how-long-to-wait' }] },
      // how-soon is hidden by its condition; ask-for-names is missing altogether.
      { id: 'finding-a-specialist', items: [{ id: 'how-soon', when: [{ 'time-sensitive': ['yes'] }] }] },
      { id: 'insurance-and-cost', items: [{ id: 'covered' }, { id: 'referral-or-approval' }] },
    ];
    expect(startHere(lists, self({ 'time-sensitive': 'not-sure' })).map((s) => s.itemId)).toEqual([
      'how-long-to-wait',
      'covered',
      'tell-them',
    ]);
    expect(startHere([], null)).toEqual([]);
  });
});

describe('startHere in Spanish', () => {
  it('gives the same steps from the Spanish lists, worded for each perspective', () => {
    const child = { perspective: 'child', answers: { 'serious-diagnosis': 'yes' } } as const;
    expect(texts(child, 'es').map((s) => s.itemId)).toEqual(texts(child).map((s) => s.itemId));
    const steps = texts(child, 'es');
    expect(steps[0]!.text).toBe(
      'Dígale al médico de su hijo o hija que quiere una segunda opinión. Pregunte cuánto tiempo se puede esperar sin riesgo.',
    );
    expect(steps[1]!.text).toMatch(/^Llame al seguro médico de su hijo o hija/);
    const other = texts({ perspective: 'other', answers: { 'time-sensitive': 'yes' } }, 'es');
    expect(other[0]!.text).toMatch(/la persona que usted cuida/);
    for (const step of other) expect(step.text).not.toMatch(/\bsu médico\b/);
  });

  it('has words for every step and perspective in every language, and the page renders them', () => {
    for (const locale of ['en', 'es'] as const) {
      const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'prepare.startHere' });
      for (const id of Object.keys(MESSAGES.en.prepare.startHere.steps) as StartStep['id'][])
        for (const perspective of PERSPECTIVES)
          expect(t(`steps.${id}.${perspective}`).length).toBeGreaterThan(20);
    }
  });
});
