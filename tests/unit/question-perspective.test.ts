import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import type { QuestionTopic } from '@/lib/content/lists';
import { PERSPECTIVES } from '@/lib/engine/types';
import { bankTexts, listedQuestions } from '@/lib/questions/bank';

const english = getContent('en').questionTopics;
const spanish = getContent('es').questionTopics;
const questionsOf = (topics: QuestionTopic[]) => topics.flatMap((topic) => topic.questions);
const byId = (topics: QuestionTopic[]) => new Map(questionsOf(topics).map((q) => [q.id, q]));

// Words with which the person asking may name themselves as the patient.
const NAMES_SELF = /\b(I|I'm|me|my|myself)\b/;
// Here "me" is whoever asks, patient or not: "Can you show me the results …?"
const ASKER_ONLY = new Set(['numbers-side-by-side']);

describe('the question bank worded for self, child and other', () => {
  it.each([
    ['en', english],
    ['es', spanish],
  ] as const)('%s: every question loads with a wording for each perspective', (_, topics) => {
    for (const question of questionsOf(topics))
      for (const perspective of PERSPECTIVES)
        expect(question.text[perspective], `${question.id} ${perspective}`).toMatch(/\S.{6,}/);
  });

  it('rewords every question whose own wording names the asker as the patient', () => {
    const unchanged = questionsOf(english).filter(
      (q) =>
        !ASKER_ONLY.has(q.id) &&
        NAMES_SELF.test(q.text.self) &&
        (q.text.child === q.text.self || q.text.other === q.text.self),
    );
    expect(unchanged.map((q) => q.id)).toEqual([]);
  });

  it('never has a parent ask about "my symptoms" or say "I have Medicare"', () => {
    for (const question of questionsOf(english)) {
      for (const text of [question.text.child, question.text.other]) {
        expect(text, question.id).not.toMatch(/\bmy (symptoms|surgery|records|options|condition)\b/i);
        expect(text, question.id).not.toMatch(/\bI have Medicare\b/);
      }
    }
  });

  it('asks about the child and the person cared for in plain words', () => {
    const something = byId(english).get('something-else')!;
    expect(something.text).toEqual({
      self: 'Could something else explain my symptoms?',
      child: "Could something else explain my child's symptoms?",
      other: 'Could something else explain the symptoms of the person I care for?',
    });
    expect(byId(english).get('what-are-my-options')!.text.child).toMatch(/\bmy child's\b/);
    expect(byId(spanish).get('something-else')!.text).toEqual({
      self: '¿Podría otra cosa explicar mis síntomas?',
      child: '¿Podría otra cosa explicar los síntomas de mi hijo o hija?',
      other: '¿Podría otra cosa explicar los síntomas de la persona que cuido?',
    });
  });

  it('does not ask a parent about Medicare for their child, but about the child’s plan or Medicaid', () => {
    const medicare = byId(english).get('medicare-second-opinion')!;
    expect(medicare.text.self).toMatch(/^I have Medicare/);
    expect(medicare.text.child).not.toMatch(/Medicare/);
    expect(medicare.text.child).toMatch(/my child's health plan or Medicaid/);
    expect(medicare.text.other).toMatch(/^The person I care for has Medicare/);
    expect(byId(spanish).get('medicare-second-opinion')!.text.child).toMatch(/Medicaid/);
  });

  it('rewords in Spanish wherever the English is reworded, so no one reads a question about someone else', () => {
    const es = byId(spanish);
    for (const question of questionsOf(english))
      for (const perspective of ['child', 'other'] as const) {
        const differs = question.text[perspective] !== question.text.self;
        const esText = es.get(question.id)!.text;
        expect(esText[perspective] !== esText.self, `${question.id} ${perspective}`).toBe(differs);
      }
  });
});

describe('the chosen questions as they are listed', () => {
  const chosen = [{ id: 'something-else' }, { id: 'own-1', text: 'Can it wait?' }, { id: 'gone-from-bank' }];

  it('words bank questions for the perspective and keeps the person’s own words as typed', () => {
    expect(listedQuestions(chosen, english, 'child')).toEqual([
      { id: 'something-else', text: "Could something else explain my child's symptoms?", own: false },
      { id: 'own-1', text: 'Can it wait?', own: true },
    ]);
    expect(listedQuestions(chosen, english, 'other')[0]!.text).toBe(
      'Could something else explain the symptoms of the person I care for?',
    );
  });

  it('uses the person’s own wording until the guide says whose care it is', () => {
    expect(listedQuestions(chosen, english, null)[0]!.text).toBe('Could something else explain my symptoms?');
    expect(bankTexts(spanish, undefined).get('something-else')).toBe(
      '¿Podría otra cosa explicar mis síntomas?',
    );
  });
});
