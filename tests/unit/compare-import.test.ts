import { describe, expect, it } from 'vitest';
import { importVisitNotes } from '@/lib/compare/import-notes';
import { noteField, QUESTION_FIELDS, TOPIC_FIELDS } from '@/lib/compare/note-fields';
import {
  addOpinion,
  type CompareState,
  compareStateSchema,
  EMPTY_COMPARE,
  MAX_FIELD_LENGTH,
  OPINION_FIELDS,
  updateOpinion,
} from '@/lib/compare/state';
import { getContent } from '@/lib/content';
import { MAX_NOTE_LENGTH, type QuestionsState } from '@/lib/questions/state';

const TEXTS: Record<string, string> = {
  'how-sure': 'How sure are you?',
  'what-are-the-risks': 'What are the risks?',
  'what-are-my-options': 'What are my options?',
  'same-as-first-doctor': 'Do you see it the same way?',
  'own-1': 'Can I keep working?',
};
const TOPICS: Record<string, string> = {
  'how-sure': 'the-diagnosis',
  'what-are-the-risks': 'risks-and-side-effects',
  'what-are-my-options': 'treatment-options',
  'same-as-first-doctor': 'the-second-doctors-view',
};
const questionText = (id: string) => TEXTS[id];
const topicOf = (id: string) => TOPICS[id];
const run = (compare: CompareState, visit: QuestionsState) =>
  importVisitNotes(compare, visit, questionText, topicOf);

const VISIT: QuestionsState = {
  chosen: [
    { id: 'how-sure' },
    { id: 'what-are-the-risks' },
    { id: 'what-are-my-options' },
    { id: 'same-as-first-doctor' },
    { id: 'own-1', text: 'Can I keep working?' },
  ],
  doctors: [
    { id: 'a', name: ' Dr Lee ' },
    { id: 'b', name: 'Dr Okafor' },
  ],
  notes: {
    'how-sure': { a: '  Very sure ', b: 'Fairly sure' },
    'what-are-the-risks': { a: 'Bleeding, infection', b: '   ' },
    'what-are-my-options': { a: 'Surgery or physio' },
    'same-as-first-doctor': { b: 'Mostly' },
    'own-1': { b: 'Yes, after two weeks' },
  },
};

describe('the note fields', () => {
  const content = getContent('en');

  it('map every topic of the question bank but the second doctor’s view to a field the comparison has', () => {
    const topics = content.questionTopics.map((t) => t.id);
    expect(Object.keys(TOPIC_FIELDS).sort()).toEqual(
      topics.filter((t) => t !== 'the-second-doctors-view').sort(),
    );
    for (const field of [...Object.values(TOPIC_FIELDS), ...Object.values(QUESTION_FIELDS)])
      expect(OPINION_FIELDS).toContain(field);
  });

  it('name only questions the bank has', () => {
    const bank = new Set(content.questionTopics.flatMap((t) => t.questions.map((q) => q.id)));
    for (const id of Object.keys(QUESTION_FIELDS)) expect(bank).toContain(id);
  });

  it('put each field’s own bank question into that field (compare.md bankQuestion), "how sure" into the diagnosis', () => {
    const topic = new Map(content.questionTopics.flatMap((t) => t.questions.map((q) => [q.id, t.id])));
    for (const field of content.compare.fields) {
      if (!field.bankQuestion) continue;
      const expected = field.id === 'certainty' ? 'diagnosis' : field.id;
      expect(noteField(field.bankQuestion, topic.get(field.bankQuestion), false), field.id).toBe(expected);
    }
  });

  it('send own questions and unknown topics to "Other notes"', () => {
    expect(noteField('what-are-the-risks', 'risks-and-side-effects', true)).toBe('notes');
    expect(noteField('anything', undefined, false)).toBe('notes');
    expect(noteField('anything', 'not-a-topic', false)).toBe('notes');
  });
});

describe('importVisitNotes', () => {
  it('puts each answer into the field its question answers, as "question — answer" lines', () => {
    const { state, added, byField, cut, changed } = run(EMPTY_COMPARE, VISIT);
    expect([added, cut, changed]).toEqual([6, 0, 2]);
    expect(byField).toEqual({ diagnosis: 2, risks: 1, plan: 1, notes: 2 });
    expect(state.opinions[0]).toMatchObject({
      diagnosis: 'How sure are you? — Very sure',
      risks: 'What are the risks? — Bleeding, infection',
      plan: 'What are my options? — Surgery or physio',
      notes: '',
      // A fixed choice is never guessed from what was written.
      certainty: '',
    });
    expect(state.opinions[1]).toMatchObject({
      diagnosis: 'How sure are you? — Fairly sure',
      risks: '',
      notes: 'Do you see it the same way? — Mostly\nCan I keep working? — Yes, after two weeks',
    });
  });

  it('without topics, puts everything but the mapped questions into "Other notes"', () => {
    const { state } = importVisitNotes(EMPTY_COMPARE, VISIT, questionText);
    expect(state.opinions[0]?.diagnosis).toBe('How sure are you? — Very sure');
    expect(state.opinions[0]?.notes).toBe(
      'What are the risks? — Bleeding, infection\nWhat are my options? — Surgery or physio',
    );
  });

  it('keeps the questions in the order of the list within a field', () => {
    const visit: QuestionsState = {
      ...VISIT,
      chosen: [...VISIT.chosen].reverse(),
    };
    const { state } = run(EMPTY_COMPARE, visit);
    expect(state.opinions[1]?.notes).toBe(
      'Can I keep working? — Yes, after two weeks\nDo you see it the same way? — Mostly',
    );
  });

  it('fills an empty name from the doctor’s name, trimmed, and never overwrites a typed one', () => {
    expect(run(EMPTY_COMPARE, VISIT).state.opinions.map((o) => o.name)).toEqual(['Dr Lee', 'Dr Okafor']);
    const typed = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'name', 'Dr Lee-Smith');
    expect(run(typed, VISIT).state.opinions.map((o) => o.name)).toEqual(['Dr Lee-Smith', 'Dr Okafor']);
  });

  it('imports just the names when the doctors have names but no answers', () => {
    const { state, added, changed } = run(EMPTY_COMPARE, { ...VISIT, notes: {} });
    expect([added, changed]).toEqual([0, 2]);
    expect(state.opinions.map((o) => [o.name, o.notes, o.diagnosis])).toEqual([
      ['Dr Lee', '', ''],
      ['Dr Okafor', '', ''],
    ]);
  });

  it('keeps what was typed in a field and adds the answers below it', () => {
    const typed = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'diagnosis', 'Gallstones.  ');
    const { state } = run(typed, VISIT);
    expect(state.opinions[0]?.diagnosis).toBe('Gallstones.\nHow sure are you? — Very sure');
  });

  it('adds nothing twice: a second run adds 0 and changes nothing', () => {
    const first = run(EMPTY_COMPARE, VISIT);
    const second = run(first.state, VISIT);
    expect([second.added, second.cut, second.changed]).toEqual([0, 0, 0]);
    expect(second.byField).toEqual({});
    expect(second.state).toEqual(first.state);
  });

  it('does not add again what the former import put into "Other notes"', () => {
    // The first version of the import wrote "question answer" lines, all into the notes.
    let former = updateOpinion(
      EMPTY_COMPARE,
      'opinion-1',
      'notes',
      'How sure are you? Very sure\nWhat are the risks? Bleeding, infection',
    );
    former = updateOpinion(former, 'opinion-1', 'name', 'Dr Lee');
    const { state, added, byField } = run(former, { ...VISIT, doctors: [VISIT.doctors[0]!] });
    expect(added).toBe(1);
    expect(byField).toEqual({ plan: 1 });
    expect(state.opinions[0]).toMatchObject({
      diagnosis: '',
      risks: '',
      plan: 'What are my options? — Surgery or physio',
      notes: 'How sure are you? Very sure\nWhat are the risks? Bleeding, infection',
    });
  });

  it('adds only new answers on a later run', () => {
    const first = run(EMPTY_COMPARE, VISIT);
    const later: QuestionsState = {
      ...VISIT,
      notes: { ...VISIT.notes, 'what-are-the-risks': { a: 'Bleeding, infection', b: 'Stiffness' } },
    };
    const second = run(first.state, later);
    expect([second.added, second.changed]).toEqual([1, 1]);
    expect(second.state.opinions[1]?.risks).toBe('What are the risks? — Stiffness');
    expect(second.state.opinions[0]).toBe(first.state.opinions[0]);
  });

  it('imports nothing when there is nothing to import', () => {
    const visit: QuestionsState = { chosen: [], doctors: [{ id: 'a', name: '' }], notes: {} };
    const { state, added, changed } = run(EMPTY_COMPARE, visit);
    expect([added, changed]).toEqual([0, 0]);
    expect(state).toEqual(EMPTY_COMPARE);
  });

  it('ignores doctors beyond the number of opinions, and fills a third opinion when there is one', () => {
    const visit: QuestionsState = {
      ...VISIT,
      doctors: [...VISIT.doctors, { id: 'c', name: 'Dr Ruiz' }],
      notes: { ...VISIT.notes, 'how-sure': { ...VISIT.notes['how-sure'], c: 'Unsure' } },
    };
    const { state, changed } = run(EMPTY_COMPARE, visit);
    expect(changed).toBe(2);
    expect(state.opinions).toHaveLength(2);
    expect(JSON.stringify(state)).not.toMatch(/Dr Ruiz|Unsure/);

    const three = run(addOpinion(EMPTY_COMPARE), visit);
    expect(three.changed).toBe(3);
    expect(three.state.opinions[2]).toMatchObject({
      name: 'Dr Ruiz',
      diagnosis: 'How sure are you? — Unsure',
    });
  });

  it('leaves an opinion alone when there is no doctor for it', () => {
    const three = addOpinion(EMPTY_COMPARE);
    const { state, changed } = run(three, { ...VISIT, doctors: [VISIT.doctors[0]!] });
    expect(changed).toBe(1);
    expect(state.opinions[1]).toBe(three.opinions[1]);
    expect(state.opinions[2]).toBe(three.opinions[2]);
  });

  it('skips questions whose text is unknown, and notes for questions no longer on the list', () => {
    const visit: QuestionsState = {
      ...VISIT,
      chosen: [{ id: 'removed-question' }, { id: 'how-sure' }],
      notes: { ...VISIT.notes, 'removed-question': { a: 'Lost answer' } },
    };
    const { state, added } = run(EMPTY_COMPARE, visit);
    expect(added).toBe(2);
    expect(JSON.stringify(state)).not.toMatch(/Lost answer|Bleeding/);
  });

  it('does not change its inputs', () => {
    const compare = structuredClone(EMPTY_COMPARE);
    const visit = structuredClone(VISIT);
    run(compare, visit);
    expect(compare).toEqual(EMPTY_COMPARE);
    expect(visit).toEqual(VISIT);
  });

  it('keeps each field within its limit, counts the notes cut, and never counts them as added', () => {
    const long = 'x'.repeat(MAX_NOTE_LENGTH);
    const visit: QuestionsState = {
      ...VISIT,
      notes: {
        'how-sure': { a: long, b: 'Fairly sure' },
        'what-are-the-risks': { a: 'Bleeding', b: 'Stiffness' },
        'own-1': { a: long, b: long },
      },
    };
    const typed = updateOpinion(EMPTY_COMPARE, 'opinion-2', 'notes', 'n'.repeat(MAX_FIELD_LENGTH));
    const { state, added, byField, cut } = run(typed, visit);
    expect(compareStateSchema.safeParse(state).success).toBe(true);
    // Opinion 1: the diagnosis and notes lines are too long; opinion 2's notes are full already.
    expect(cut).toBe(3);
    expect(added).toBe(3);
    expect(byField).toEqual({ risks: 2, diagnosis: 1 });
    expect(state.opinions[0]?.diagnosis).toHaveLength(MAX_FIELD_LENGTH);
    expect(state.opinions[0]?.diagnosis.startsWith('How sure are you? — xxx')).toBe(true);
    expect(state.opinions[0]?.risks).toBe('What are the risks? — Bleeding');
    // What was typed comes first and is kept.
    expect(state.opinions[1]?.notes).toBe('n'.repeat(MAX_FIELD_LENGTH));
  });

  it('a second run over a field that was cut changes nothing and adds nothing', () => {
    const visit: QuestionsState = {
      ...VISIT,
      doctors: [{ id: 'a', name: 'Dr Lee' }],
      notes: { 'how-sure': { a: 'y'.repeat(MAX_FIELD_LENGTH) } },
    };
    const first = run(EMPTY_COMPARE, visit);
    expect([first.added, first.cut, first.changed]).toEqual([0, 1, 1]);
    const second = run(first.state, visit);
    expect(second.state).toEqual(first.state);
    expect([second.added, second.changed]).toEqual([0, 0]);
  });

  it('puts Doctor A’s notes in the first opinion even when A was added back after B', () => {
    const visit: QuestionsState = {
      chosen: [{ id: 'own-1', text: 'Can I keep working?' }],
      doctors: [
        { id: 'b', name: 'Dr B' },
        { id: 'a', name: 'Dr A' },
      ],
      notes: { 'own-1': { a: 'from A', b: 'from B' } },
    };
    const { state } = run(EMPTY_COMPARE, visit);
    expect(state.opinions[0]?.name).toBe('Dr A');
    expect(state.opinions[0]?.notes).toContain('from A');
    expect(state.opinions[1]?.notes).toContain('from B');
  });

  it('does not add or remove opinions', () => {
    const three: CompareState = addOpinion(EMPTY_COMPARE);
    const { state } = run(three, VISIT);
    expect(state.opinions.map((o) => o.id)).toEqual(['opinion-1', 'opinion-2', 'opinion-3']);
  });
});
