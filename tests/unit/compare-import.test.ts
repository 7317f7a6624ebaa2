import { describe, expect, it } from 'vitest';
import { importVisitNotes } from '@/lib/compare/import-notes';
import {
  addOpinion,
  type CompareState,
  compareStateSchema,
  EMPTY_COMPARE,
  MAX_FIELD_LENGTH,
  updateOpinion,
} from '@/lib/compare/state';
import { MAX_NOTE_LENGTH, type QuestionsState } from '@/lib/questions/state';

const TEXTS: Record<string, string> = {
  'how-sure': 'How sure are you?',
  'what-are-the-risks': 'What are the risks?',
  'own-1': 'Can I keep working?',
};
const questionText = (id: string) => TEXTS[id];

const VISIT: QuestionsState = {
  chosen: [{ id: 'how-sure' }, { id: 'what-are-the-risks' }, { id: 'own-1', text: 'Can I keep working?' }],
  doctors: [
    { id: 'a', name: ' Dr Lee ' },
    { id: 'b', name: 'Dr Okafor' },
  ],
  notes: {
    'how-sure': { a: '  Very sure ', b: 'Fairly sure' },
    'what-are-the-risks': { a: 'Bleeding, infection', b: '   ' },
    'own-1': { b: 'Yes, after two weeks' },
  },
};

describe('importVisitNotes', () => {
  it('copies Doctor A’s answers into opinion 1 and Doctor B’s into opinion 2, as question + answer lines', () => {
    const { state, imported, cut } = importVisitNotes(EMPTY_COMPARE, VISIT, questionText);
    expect(imported).toBe(2);
    expect(cut).toBe(0);
    expect(state.opinions[0]?.notes).toBe(
      'How sure are you? Very sure\nWhat are the risks? Bleeding, infection',
    );
    expect(state.opinions[1]?.notes).toBe(
      'How sure are you? Fairly sure\nCan I keep working? Yes, after two weeks',
    );
  });

  it('keeps the questions in the order of the list', () => {
    const reordered: QuestionsState = { ...VISIT, chosen: [...VISIT.chosen].reverse() };
    const { state } = importVisitNotes(EMPTY_COMPARE, reordered, questionText);
    expect(state.opinions[0]?.notes).toBe(
      'What are the risks? Bleeding, infection\nHow sure are you? Very sure',
    );
  });

  it('fills an empty name from the doctor’s name, trimmed', () => {
    const { state } = importVisitNotes(EMPTY_COMPARE, VISIT, questionText);
    expect(state.opinions.map((o) => o.name)).toEqual(['Dr Lee', 'Dr Okafor']);
  });

  it('never overwrites a typed name', () => {
    const typed = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'name', 'Dr Lee-Smith');
    const { state } = importVisitNotes(typed, VISIT, questionText);
    expect(state.opinions[0]?.name).toBe('Dr Lee-Smith');
    expect(state.opinions[1]?.name).toBe('Dr Okafor');
  });

  it('imports just the name when a doctor has a name but no answers', () => {
    const visit: QuestionsState = { ...VISIT, notes: {} };
    const { state, imported } = importVisitNotes(EMPTY_COMPARE, visit, questionText);
    expect(imported).toBe(2);
    expect(state.opinions.map((o) => [o.name, o.notes])).toEqual([
      ['Dr Lee', ''],
      ['Dr Okafor', ''],
    ]);
  });

  it('keeps what was typed in notes and adds the answers below it', () => {
    const typed = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'notes', 'Bring scans.  ');
    const { state } = importVisitNotes(typed, VISIT, questionText);
    expect(state.opinions[0]?.notes).toBe(
      'Bring scans.\nHow sure are you? Very sure\nWhat are the risks? Bleeding, infection',
    );
  });

  it('adds nothing twice: a second run imports 0 and changes nothing', () => {
    const first = importVisitNotes(EMPTY_COMPARE, VISIT, questionText);
    const second = importVisitNotes(first.state, VISIT, questionText);
    expect(second.imported).toBe(0);
    expect(second.state).toEqual(first.state);
  });

  it('adds only new answers on a later run', () => {
    const first = importVisitNotes(EMPTY_COMPARE, VISIT, questionText);
    const later: QuestionsState = {
      ...VISIT,
      notes: { ...VISIT.notes, 'own-1': { ...VISIT.notes['own-1'], a: 'No' } },
    };
    const second = importVisitNotes(first.state, later, questionText);
    expect(second.imported).toBe(1);
    expect(second.state.opinions[0]?.notes).toBe(
      'How sure are you? Very sure\nWhat are the risks? Bleeding, infection\nCan I keep working? No',
    );
    expect(second.state.opinions[1]).toEqual(first.state.opinions[1]);
  });

  it('imports nothing when there is nothing to import', () => {
    const visit: QuestionsState = { chosen: [], doctors: [{ id: 'a', name: '' }], notes: {} };
    const { state, imported } = importVisitNotes(EMPTY_COMPARE, visit, questionText);
    expect(imported).toBe(0);
    expect(state).toEqual(EMPTY_COMPARE);
  });

  it('ignores doctors beyond the number of opinions', () => {
    const visit: QuestionsState = {
      ...VISIT,
      doctors: [...VISIT.doctors, { id: 'c', name: 'Dr Ruiz' }],
      notes: { ...VISIT.notes, 'how-sure': { ...VISIT.notes['how-sure'], c: 'Unsure' } },
    };
    const { state, imported } = importVisitNotes(EMPTY_COMPARE, visit, questionText);
    expect(imported).toBe(2);
    expect(state.opinions).toHaveLength(2);
    expect(JSON.stringify(state)).not.toMatch(/Dr Ruiz|Unsure/);

    const three = importVisitNotes(addOpinion(EMPTY_COMPARE), visit, questionText);
    expect(three.imported).toBe(3);
    expect(three.state.opinions[2]).toMatchObject({ name: 'Dr Ruiz', notes: 'How sure are you? Unsure' });
  });

  it('leaves an opinion alone when there is no doctor for it', () => {
    const visit: QuestionsState = { ...VISIT, doctors: [VISIT.doctors[0]!] };
    const three = addOpinion(EMPTY_COMPARE);
    const { state, imported } = importVisitNotes(three, visit, questionText);
    expect(imported).toBe(1);
    expect(state.opinions[1]).toBe(three.opinions[1]);
    expect(state.opinions[2]).toBe(three.opinions[2]);
  });

  it('skips questions whose text is unknown', () => {
    const visit: QuestionsState = {
      ...VISIT,
      chosen: [{ id: 'removed-question' }, ...VISIT.chosen],
      notes: { ...VISIT.notes, 'removed-question': { a: 'Lost answer' } },
    };
    const { state } = importVisitNotes(EMPTY_COMPARE, visit, questionText);
    expect(state.opinions[0]?.notes).not.toContain('Lost answer');
    expect(state.opinions[0]?.notes).toBe(
      'How sure are you? Very sure\nWhat are the risks? Bleeding, infection',
    );
  });

  it('skips notes for questions no longer on the list', () => {
    const visit: QuestionsState = { ...VISIT, chosen: [{ id: 'how-sure' }] };
    const { state } = importVisitNotes(EMPTY_COMPARE, visit, questionText);
    expect(state.opinions[0]?.notes).toBe('How sure are you? Very sure');
  });

  it('does not change its inputs', () => {
    const compare = structuredClone(EMPTY_COMPARE);
    const visit = structuredClone(VISIT);
    importVisitNotes(compare, visit, questionText);
    expect(compare).toEqual(EMPTY_COMPARE);
    expect(visit).toEqual(VISIT);
  });

  it('gives a state the schema accepts even with very long notes, cut to MAX_FIELD_LENGTH', () => {
    const long = 'x'.repeat(MAX_NOTE_LENGTH);
    const visit: QuestionsState = {
      ...VISIT,
      notes: {
        'how-sure': { a: long, b: long },
        'what-are-the-risks': { a: long, b: long },
        'own-1': { a: long, b: long },
      },
    };
    const typed = updateOpinion(EMPTY_COMPARE, 'opinion-2', 'notes', 'n'.repeat(MAX_FIELD_LENGTH));
    const { state, cut } = importVisitNotes(typed, visit, questionText);
    expect(compareStateSchema.safeParse(state).success).toBe(true);
    // Both opinions lost something to the limit, and the page is told so.
    expect(cut).toBe(2);
    expect(state.opinions[0]?.notes).toHaveLength(MAX_FIELD_LENGTH);
    expect(state.opinions[0]?.notes.startsWith('How sure are you? xxx')).toBe(true);
    // What was typed comes first and is kept.
    expect(state.opinions[1]?.notes).toBe('n'.repeat(MAX_FIELD_LENGTH));
  });

  // A line cut off by the length limit is never found in the notes again; it must not be counted as added.
  it('a second run over notes that were cut to MAX_FIELD_LENGTH reports 0 imported', () => {
    const visit: QuestionsState = {
      ...VISIT,
      doctors: [{ id: 'a', name: 'Dr Lee' }],
      notes: { 'how-sure': { a: 'y'.repeat(MAX_FIELD_LENGTH) } },
    };
    const first = importVisitNotes(EMPTY_COMPARE, visit, questionText);
    expect(first.imported).toBe(1);
    expect(first.cut).toBe(1);
    const second = importVisitNotes(first.state, visit, questionText);
    expect(second.state).toEqual(first.state);
    expect(second.imported).toBe(0);
  });
});

describe('importVisitNotes matches doctors to opinions by letter', () => {
  it("puts Doctor A's notes in the first opinion even when A was added back after B", () => {
    const visit: QuestionsState = {
      chosen: [{ id: 'how-sure' }],
      doctors: [
        { id: 'b', name: 'Dr B' },
        { id: 'a', name: 'Dr A' },
      ],
      notes: { 'how-sure': { a: 'from A', b: 'from B' } },
    };
    const { state } = importVisitNotes(EMPTY_COMPARE, visit, questionText);
    expect(state.opinions[0]?.name).toBe('Dr A');
    expect(state.opinions[0]?.notes).toContain('from A');
    expect(state.opinions[1]?.notes).toContain('from B');
  });
});

describe('importVisitNotes keeps the opinions it is given', () => {
  it('does not add or remove opinions', () => {
    const three: CompareState = addOpinion(EMPTY_COMPARE);
    const { state } = importVisitNotes(three, VISIT, questionText);
    expect(state.opinions.map((o) => o.id)).toEqual(['opinion-1', 'opinion-2', 'opinion-3']);
    expect(state.marks).toEqual(three.marks);
  });
});
