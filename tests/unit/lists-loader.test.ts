import { describe, expect, it } from 'vitest';
import { getContent, loadContent } from '@/lib/content';
import { edit, fixture, problemsOf } from './content-fixture';

const ONE_QUESTION_TOPIC = `---
id: one-question
title: Just one question
order: 20
questions:
  - id: the-only-question
    text: "Is this the only question?"
    sources: [seed-fresh-look]
---

A topic needs at least two questions.
`;

describe('the real checklists and question bank', () => {
  const { checklists, questionTopics } = getContent();

  it('a copy of the real content folder loads, so each case below fails only for its own change', () => {
    const loaded = loadContent(fixture({}));
    expect(loaded.checklists).toEqual(checklists);
    expect(loaded.questionTopics).toEqual(questionTopics);
  });

  it('has the six lists in the order people act, with at least 30 items between them', () => {
    expect(checklists.map((l) => l.id)).toEqual([
      'talking-with-your-doctor',
      'insurance-and-cost',
      'finding-a-specialist',
      'records',
      'on-the-day',
      'after-the-visit',
    ]);
    const orders = checklists.map((l) => l.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(checklists.flatMap((l) => l.items).length).toBeGreaterThanOrEqual(30);
  });

  it('has at least 25 bank questions, each id used once across the bank and tagged with its topic', () => {
    const questions = questionTopics.flatMap((t) => t.questions);
    expect(questions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const topic of questionTopics) for (const q of topic.questions) expect(q.topicId).toBe(topic.id);
  });

  it('cites at least one resolved source for every item and question', () => {
    const known = new Set(getContent().sources.map((s) => s.id));
    const cited = [...checklists.flatMap((l) => l.items), ...questionTopics.flatMap((t) => t.questions)];
    for (const entry of cited) {
      expect(entry.sources.length, entry.id).toBeGreaterThanOrEqual(1);
      for (const source of entry.sources) {
        expect(known.has(source.id)).toBe(true);
        expect(source.citation.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives a reason for every conditional item', () => {
    for (const item of checklists.flatMap((l) => l.items))
      expect(item.when === undefined, item.id).toBe(item.whenReason === undefined);
    expect(checklists.flatMap((l) => l.items).some((item) => item.when)).toBe(true);
  });

  it('renders each intro to HTML', () => {
    for (const l of checklists) expect(l.intro).toMatch(/^<p>/);
    for (const t of questionTopics) expect(t.intro).toMatch(/^<p>/);
  });
});

describe('loadContent rejects malformed checklists and questions, naming the file and the field', () => {
  const cases: [string, Record<string, string | null>, { file: string; field: string; message: RegExp }][] = [
    [
      'a checklist id that differs from the file name',
      { 'checklists/records.md': edit('checklists/records.md', /^id: records$/m, 'id: papers') },
      { file: 'records.md', field: 'id', message: /must match the file name \("records"\)/ },
    ],
    [
      'the same item id twice in one list',
      { 'checklists/records.md': edit('checklists/records.md', '- id: imaging', '- id: test-results') },
      { file: 'records.md', field: 'items[1].id', message: /"test-results" is also used in .*records\.md/ },
    ],
    [
      'a question id used in two topic files',
      {
        'questions/risks-and-side-effects.md': edit(
          'questions/risks-and-side-effects.md',
          '- id: what-are-the-risks',
          '- id: how-much-does-it-cost',
        ),
      },
      {
        file: 'risks-and-side-effects.md',
        field: 'questions[0].id',
        message: /"how-much-does-it-cost" is also used in .*cost\.md/,
      },
    ],
    [
      'when naming an unknown question',
      {
        'checklists/records.md': edit(
          'checklists/records.md',
          "cancer-diagnosis: ['yes', not-sure]",
          "cancer-found: ['yes']",
        ),
      },
      {
        file: 'records.md',
        field: 'items[3].when.cancer-found',
        message: /unknown question id "cancer-found"/,
      },
    ],
    [
      'when with a value the question does not offer',
      {
        'checklists/records.md': edit(
          'checklists/records.md',
          "cancer-diagnosis: ['yes', not-sure]",
          "cancer-diagnosis: ['yes', maybe]",
        ),
      },
      {
        file: 'records.md',
        field: 'items[3].when.cancer-diagnosis',
        message: /"maybe" is not an answer \(expected yes, no, not-sure\)/,
      },
    ],
    [
      'when with an unknown perspective',
      {
        'checklists/finding-a-specialist.md': edit(
          'checklists/finding-a-specialist.md',
          'perspective: [child]',
          'perspective: [teen]',
        ),
      },
      {
        file: 'finding-a-specialist.md',
        field: 'items[1].when.perspective',
        message: /"teen" is not an answer/,
      },
    ],
    [
      'when without whenReason',
      {
        'checklists/records.md': edit(
          'checklists/records.md',
          /\n {4}whenReason: Shown because cancer.*/,
          '',
        ),
      },
      { file: 'records.md', field: 'items[3].whenReason', message: /when and whenReason go together/ },
    ],
    [
      'whenReason without when',
      {
        'checklists/records.md': edit(
          'checklists/records.md',
          /(sources: \[seed-when-how, seed-fresh-look\]\n)(\s+- id: imaging)/,
          '$1    whenReason: Shown for no reason at all.\n$2',
        ),
      },
      { file: 'records.md', field: 'items[0].whenReason', message: /when and whenReason go together/ },
    ],
    [
      'an unknown source id in an item',
      {
        'checklists/records.md': edit(
          'checklists/records.md',
          'sources: [seed-when-how, seed-fresh-look]',
          'sources: [seed-when-how, made-up]',
        ),
      },
      { file: 'records.md', field: 'items[0].sources[1]', message: /unknown source id "made-up"/ },
    ],
    [
      'an unknown source id in a question',
      {
        'questions/cost.md': edit(
          'questions/cost.md',
          'sources: [medicare-part-b, seed-fresh-look]',
          'sources: [made-up, seed-fresh-look]',
        ),
      },
      { file: 'cost.md', field: 'questions[4].sources[0]', message: /unknown source id "made-up"/ },
    ],
    [
      'a topic with only one question',
      { 'questions/one-question.md': ONE_QUESTION_TOPIC },
      { file: 'one-question.md', field: 'questions', message: /expected array to have >=2 items/ },
    ],
    [
      'a checklist item text that is too long',
      {
        'checklists/records.md': edit(
          'checklists/records.md',
          'text: Results of recent tests and lab work',
          `text: ${'Results of recent tests '.repeat(7)}`,
        ),
      },
      { file: 'records.md', field: 'items[0].text', message: /<=160 characters/ },
    ],
    [
      'a checklist item without sources',
      {
        'checklists/records.md': edit(
          'checklists/records.md',
          'sources: [seed-when-how, seed-fresh-look]',
          'sources: []',
        ),
      },
      { file: 'records.md', field: 'items[0].sources', message: /at least one source/ },
    ],
    [
      'an unknown field in a checklist item',
      {
        'checklists/records.md': edit(
          'checklists/records.md',
          'text: Results of recent tests and lab work',
          'text: Results of recent tests and lab work\n    priority: high',
        ),
      },
      { file: 'records.md', field: 'priority', message: /not a known field/ },
    ],
  ];

  it.each(cases)('%s', (_, files, expected) => {
    const problems = problemsOf(files);
    expect(problems).toContainEqual({
      file: expected.file,
      field: expected.field,
      message: expect.stringMatching(expected.message),
    });
  });

  it('names the file and field in the error message too', () => {
    const root = fixture({
      'checklists/records.md': edit('checklists/records.md', '- id: imaging', '- id: test-results'),
    });
    expect(() => loadContent(root)).toThrow(/records\.md: items\[1\]\.id: "test-results" is also used in/);
  });

  it('reports every problem at once, across lists and topics', () => {
    const problems = problemsOf({
      'checklists/records.md': edit('checklists/records.md', /^id: records$/m, 'id: papers'),
      'questions/one-question.md': ONE_QUESTION_TOPIC,
    });
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(
      expect.arrayContaining(['records.md: id', 'one-question.md: questions']),
    );
  });
});
