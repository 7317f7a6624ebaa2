import fc from 'fast-check';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { MESSAGES } from '@/lib/i18n/messages';
import {
  addDoctor,
  addOwnQuestion,
  chooseQuestion,
  DOCTOR_IDS,
  type DoctorId,
  doctorLabelParts,
  editOwnQuestion,
  EMPTY_QUESTIONS,
  isChosen,
  MAX_NOTE_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_QUESTIONS,
  moveQuestion,
  type QuestionsState,
  questionsStateSchema,
  questionTextError,
  removeDoctor,
  removeQuestion,
  renameDoctor,
  setNote,
  doctorHasText,
  questionHasNotes,
} from '@/lib/questions/state';

const bankIds = getContent().questionTopics.flatMap((t) => t.questions.map((q) => q.id));
const idsOf = (state: QuestionsState) => state.chosen.map((q) => q.id);

/** Freezes every object and array inside, so a transition that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const SAMPLE: QuestionsState = {
  chosen: [
    { id: 'what-are-the-risks' },
    { id: 'own-1', text: 'Can I bring my dog?' },
    { id: 'recovery-time' },
  ],
  doctors: [
    { id: 'a', name: 'Dr Lee' },
    { id: 'b', name: '' },
  ],
  notes: {
    'what-are-the-risks': { a: 'Low risk', b: 'Some risk' },
    'own-1': { b: 'No dogs' },
  },
};

describe('chooseQuestion', () => {
  it('adds a bank question by id, at the end', () => {
    const next = chooseQuestion(SAMPLE, 'how-sure');
    expect(idsOf(next)).toEqual(['what-are-the-risks', 'own-1', 'recovery-time', 'how-sure']);
    expect(next.chosen.at(-1)).toEqual({ id: 'how-sure' });
    expect(isChosen(next, 'how-sure')).toBe(true);
  });

  it('is idempotent', () => {
    const once = chooseQuestion(EMPTY_QUESTIONS, 'how-sure');
    const twice = chooseQuestion(once, 'how-sure');
    expect(twice).toBe(once);
    expect(idsOf(twice)).toEqual(['how-sure']);
  });
});

describe('questionTextError', () => {
  it('names the problem, or returns null when the text is fine', () => {
    expect(questionTextError('  ')).toBe('empty');
    expect(questionTextError('x'.repeat(MAX_QUESTION_LENGTH + 1))).toBe('tooLong');
    expect(questionTextError(` ${'x'.repeat(MAX_QUESTION_LENGTH)} `)).toBeNull();
  });
});

describe('addOwnQuestion', () => {
  it('adds the question with its text trimmed', () => {
    const next = addOwnQuestion(EMPTY_QUESTIONS, 'o1', '  Is it safe to fly?  ');
    expect(next.chosen).toEqual([{ id: 'o1', text: 'Is it safe to fly?' }]);
  });

  it.each([
    ['blank text', ''],
    ['spaces only', ' \t '],
    ['text that is too long', 'x'.repeat(MAX_QUESTION_LENGTH + 1)],
  ])('rejects %s and leaves the state unchanged', (_, text) => {
    expect(addOwnQuestion(SAMPLE, 'o1', text)).toBe(SAMPLE);
  });

  it('does not add a second question with an id already in the list', () => {
    expect(addOwnQuestion(SAMPLE, 'own-1', 'Another')).toBe(SAMPLE);
  });
});

describe('editOwnQuestion', () => {
  it('edits the text of an own question, trimmed', () => {
    const next = editOwnQuestion(SAMPLE, 'own-1', '  Can I bring my cat? ');
    expect(next.chosen[1]).toEqual({ id: 'own-1', text: 'Can I bring my cat?' });
    expect(next.chosen[0]).toBe(SAMPLE.chosen[0]);
  });

  it('never turns a bank question into an own one', () => {
    const next = editOwnQuestion(SAMPLE, 'what-are-the-risks', 'Something else');
    expect(next.chosen).toEqual(SAMPLE.chosen);
    expect(next.chosen[0]).not.toHaveProperty('text');
  });

  it('keeps the old text when the new one is blank or too long', () => {
    expect(editOwnQuestion(SAMPLE, 'own-1', '   ')).toEqual(SAMPLE);
    expect(editOwnQuestion(SAMPLE, 'own-1', 'x'.repeat(MAX_QUESTION_LENGTH + 1))).toEqual(SAMPLE);
  });
});

describe('removeQuestion', () => {
  it('drops the question and its notes, keeping the others', () => {
    const next = removeQuestion(SAMPLE, 'what-are-the-risks');
    expect(idsOf(next)).toEqual(['own-1', 'recovery-time']);
    expect(next.notes).toEqual({ 'own-1': { b: 'No dogs' } });
    expect(next.doctors).toEqual(SAMPLE.doctors);
  });

  it('changes nothing for an unknown id', () => {
    expect(removeQuestion(SAMPLE, 'nope')).toEqual(SAMPLE);
  });
});

describe('moveQuestion', () => {
  it('moves a question up or down one place', () => {
    expect(idsOf(moveQuestion(SAMPLE, 'own-1', -1))).toEqual([
      'own-1',
      'what-are-the-risks',
      'recovery-time',
    ]);
    expect(idsOf(moveQuestion(SAMPLE, 'own-1', 1))).toEqual(['what-are-the-risks', 'recovery-time', 'own-1']);
  });

  it('keeps the question itself (own text included) when moving it', () => {
    expect(moveQuestion(SAMPLE, 'own-1', 1).chosen[2]).toEqual({ id: 'own-1', text: 'Can I bring my dog?' });
  });

  it('does nothing past either end or for an unknown id', () => {
    expect(moveQuestion(SAMPLE, 'what-are-the-risks', -1)).toBe(SAMPLE);
    expect(moveQuestion(SAMPLE, 'recovery-time', 1)).toBe(SAMPLE);
    expect(moveQuestion(SAMPLE, 'nope', 1)).toBe(SAMPLE);
    expect(moveQuestion(SAMPLE, 'nope', -1)).toBe(SAMPLE);
    expect(moveQuestion(EMPTY_QUESTIONS, 'nope', 1)).toBe(EMPTY_QUESTIONS);
  });

  const listOfIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), {
    minLength: 1,
    maxLength: 12,
  });

  it('any sequence of moves keeps the same ids, as a permutation of the same length (property)', () => {
    fc.assert(
      fc.property(
        listOfIds.chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.array(
              fc.tuple(fc.oneof(fc.constantFrom(...ids), fc.constant('unknown!')), fc.constantFrom(-1, 1)),
              {
                maxLength: 50,
              },
            ),
          ),
        ),
        ([ids, moves]) => {
          let state: QuestionsState = { ...EMPTY_QUESTIONS, chosen: ids.map((id) => ({ id })) };
          for (const [id, by] of moves) {
            const before = idsOf(state);
            state = moveQuestion(deepFreeze(state), id, by as -1 | 1);
            const after = idsOf(state);
            expect(after).toHaveLength(ids.length);
            // At most two neighbouring places change.
            const changed = after.map((x, i) => x !== before[i]).filter(Boolean).length;
            expect([0, 2]).toContain(changed);
          }
          expect([...idsOf(state)].sort()).toEqual([...ids].sort());
        },
      ),
    );
  });

  it('moving down then up again is the original order (property)', () => {
    fc.assert(
      fc.property(
        listOfIds.chain((ids) => fc.tuple(fc.constant(ids), fc.integer({ min: 0, max: ids.length - 1 }))),
        ([ids, index]) => {
          const state: QuestionsState = { ...EMPTY_QUESTIONS, chosen: ids.map((id) => ({ id })) };
          const id = ids[index]!;
          const moved = moveQuestion(state, id, 1);
          if (index === ids.length - 1) expect(moved).toBe(state);
          else {
            expect(idsOf(moved).indexOf(id)).toBe(index + 1);
            expect(moveQuestion(moved, id, -1).chosen).toEqual(state.chosen);
          }
        },
      ),
    );
  });
});

describe('setNote', () => {
  it("records a doctor's answer, keeping the other doctors' notes", () => {
    const next = setNote(SAMPLE, 'what-are-the-risks', 'a', 'Very low risk');
    expect(next.notes['what-are-the-risks']).toEqual({ a: 'Very low risk', b: 'Some risk' });
    expect(next.notes['own-1']).toEqual({ b: 'No dogs' });
  });

  it('starts the notes of a question that had none', () => {
    expect(setNote(SAMPLE, 'recovery-time', 'b', 'Six weeks').notes['recovery-time']).toEqual({
      b: 'Six weeks',
    });
  });

  it(`clips a note to ${MAX_NOTE_LENGTH} characters`, () => {
    const next = setNote(EMPTY_QUESTIONS, 'q', 'a', 'x'.repeat(MAX_NOTE_LENGTH + 50));
    expect(next.notes.q?.a).toHaveLength(MAX_NOTE_LENGTH);
    expect(questionsStateSchema.safeParse(next).success).toBe(true);
    expect(setNote(EMPTY_QUESTIONS, 'q', 'a', 'short').notes.q?.a).toBe('short');
  });
});

describe('what a removal would lose', () => {
  it('questionHasNotes is true only for a question with a note that is not blank', () => {
    expect(questionHasNotes(SAMPLE, 'what-are-the-risks')).toBe(true);
    expect(questionHasNotes(SAMPLE, 'recovery-time')).toBe(false);
    expect(questionHasNotes(setNote(EMPTY_QUESTIONS, 'q', 'a', ' \n '), 'q')).toBe(false);
  });

  it('doctorHasText is true for a doctor with a name or a note', () => {
    expect(doctorHasText(EMPTY_QUESTIONS, 'a')).toBe(false);
    expect(doctorHasText(renameDoctor(EMPTY_QUESTIONS, 'a', 'Dr Lee'), 'a')).toBe(true);
    const noted = setNote(addDoctor(EMPTY_QUESTIONS), 'q', 'b', 'Rest');
    expect(doctorHasText(noted, 'b')).toBe(true);
    expect(doctorHasText(noted, 'a')).toBe(false);
    expect(doctorHasText(setNote(noted, 'q', 'b', '   '), 'b')).toBe(false);
  });
});

describe('doctors', () => {
  it('adds doctors B and C, then no more', () => {
    const two = addDoctor(EMPTY_QUESTIONS);
    const three = addDoctor(two);
    expect(two.doctors).toEqual([
      { id: 'a', name: '' },
      { id: 'b', name: '' },
    ]);
    expect(three.doctors.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(addDoctor(three)).toBe(three);
  });

  it('reuses a free letter after a doctor is removed', () => {
    const three = addDoctor(addDoctor(EMPTY_QUESTIONS));
    const next = addDoctor(removeDoctor(three, 'b'));
    expect(next.doctors.map((d) => d.id).sort()).toEqual(['a', 'b', 'c']);
    expect(next.doctors.find((d) => d.id === 'b')).toEqual({ id: 'b', name: '' });
  });

  it('renames a doctor, clipping the name to 80 characters', () => {
    const next = renameDoctor(SAMPLE, 'b', 'Dr Okafor');
    expect(next.doctors).toEqual([
      { id: 'a', name: 'Dr Lee' },
      { id: 'b', name: 'Dr Okafor' },
    ]);
    const long = renameDoctor(SAMPLE, 'a', 'n'.repeat(100));
    expect(long.doctors[0]?.name).toBe('n'.repeat(80));
    expect(questionsStateSchema.safeParse(long).success).toBe(true);
  });

  it('removes a doctor and the notes taken for them, keeping the others', () => {
    const next = removeDoctor(SAMPLE, 'b');
    expect(next.doctors).toEqual([{ id: 'a', name: 'Dr Lee' }]);
    expect(next.notes).toEqual({ 'what-are-the-risks': { a: 'Low risk' }, 'own-1': {} });
    expect(next.chosen).toEqual(SAMPLE.chosen);
  });

  it('never removes the last doctor', () => {
    const one = removeDoctor(SAMPLE, 'b');
    expect(removeDoctor(one, 'a')).toBe(one);
    expect(removeDoctor(EMPTY_QUESTIONS, 'a')).toBe(EMPTY_QUESTIONS);
  });

  it('labels a doctor by letter, with the name when there is one', () => {
    expect(doctorLabelParts({ id: 'a', name: '' })).toEqual({ letter: 'A', name: '' });
    expect(doctorLabelParts({ id: 'b', name: '   ' })).toEqual({ letter: 'B', name: '' });
    expect(doctorLabelParts({ id: 'c', name: '  Dr Lee ' })).toEqual({ letter: 'C', name: 'Dr Lee' });
  });
});

describe('transitions never change their input', () => {
  it.each([
    ['chooseQuestion', (s: QuestionsState) => chooseQuestion(s, 'how-sure')],
    ['addOwnQuestion', (s: QuestionsState) => addOwnQuestion(s, 'o2', 'New')],
    ['editOwnQuestion', (s: QuestionsState) => editOwnQuestion(s, 'own-1', 'Changed')],
    ['removeQuestion', (s: QuestionsState) => removeQuestion(s, 'what-are-the-risks')],
    ['moveQuestion', (s: QuestionsState) => moveQuestion(s, 'own-1', 1)],
    ['setNote', (s: QuestionsState) => setNote(s, 'what-are-the-risks', 'a', 'New note')],
    ['addDoctor', (s: QuestionsState) => addDoctor(s)],
    ['renameDoctor', (s: QuestionsState) => renameDoctor(s, 'a', 'Dr New')],
    ['removeDoctor', (s: QuestionsState) => removeDoctor(s, 'b')],
  ])('%s', (_, transition) => {
    const input = deepFreeze(structuredClone(SAMPLE));
    const next = transition(input);
    expect(input).toEqual(SAMPLE);
    expect(next).not.toEqual(SAMPLE);
  });
});

describe('questionsStateSchema', () => {
  it('accepts the empty state and a typical one', () => {
    expect(questionsStateSchema.parse(EMPTY_QUESTIONS)).toEqual(EMPTY_QUESTIONS);
    expect(questionsStateSchema.parse(SAMPLE)).toEqual(SAMPLE);
  });

  const base = { chosen: [], doctors: [{ id: 'a', name: '' }], notes: {} };
  it.each([
    ['null', null],
    ['a missing field', { chosen: [], doctors: [{ id: 'a', name: '' }] }],
    ['an unknown field', { ...base, extra: true }],
    ['no doctors', { ...base, doctors: [] }],
    [
      'four doctors',
      {
        ...base,
        doctors: ['a', 'b', 'c', 'a'].map((id) => ({ id, name: '' })),
      },
    ],
    ['a doctor letter outside A to C', { ...base, doctors: [{ id: 'd', name: '' }] }],
    ['a doctor name that is too long', { ...base, doctors: [{ id: 'a', name: 'n'.repeat(81) }] }],
    ['a question with an empty id', { ...base, chosen: [{ id: '' }] }],
    ['an own question with blank text', { ...base, chosen: [{ id: 'o', text: '   ' }] }],
    ['an own question that is too long', { ...base, chosen: [{ id: 'o', text: 'x'.repeat(301) }] }],
    ['a question with an unknown field', { ...base, chosen: [{ id: 'o', own: true }] }],
    ['a note for an unknown doctor', { ...base, notes: { q: { z: 'Hi' } } }],
    ['a note that is too long', { ...base, notes: { q: { a: 'x'.repeat(MAX_NOTE_LENGTH + 1) } } }],
    ['a note that is not text', { ...base, notes: { q: { a: 5 } } }],
  ])('rejects %s', (_, value) => {
    expect(questionsStateSchema.safeParse(value).success).toBe(false);
  });

  it('accepts every real bank question id (saved by id, and used as a notes key)', () => {
    expect(bankIds.length).toBeGreaterThan(0);
    const state = bankIds.reduce(
      (s, id) => setNote(chooseQuestion(s, id), id, 'a', 'Noted'),
      EMPTY_QUESTIONS as QuestionsState,
    );
    expect(questionsStateSchema.safeParse(state).success).toBe(true);
  });
});

describe('any sequence of changes gives a state the schema accepts (property)', () => {
  const ownIds = fc.constantFrom('own-a', 'own-b', 'own-c');
  const someId = fc.oneof(fc.constantFrom(...bankIds), ownIds);
  const doctor = fc.constantFrom<DoctorId>(...DOCTOR_IDS);
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', '  ', 'x'.repeat(300), ` ${'y'.repeat(300)} `, 'z'.repeat(301)),
  );
  const command = fc.oneof(
    fc.record({ kind: fc.constant('choose' as const), id: fc.constantFrom(...bankIds) }),
    fc.record({ kind: fc.constant('add' as const), id: ownIds, text }),
    fc.record({ kind: fc.constant('edit' as const), id: someId, text }),
    fc.record({ kind: fc.constant('remove' as const), id: someId }),
    fc.record({ kind: fc.constant('move' as const), id: someId, by: fc.constantFrom<-1 | 1>(-1, 1) }),
    fc.record({
      kind: fc.constant('note' as const),
      id: someId,
      doctor,
      text: fc.oneof(fc.string({ maxLength: 30 }), fc.string({ minLength: 4990, maxLength: 5100 })),
    }),
    fc.record({ kind: fc.constant('addDoctor' as const) }),
    fc.record({ kind: fc.constant('rename' as const), doctor, name: fc.string({ maxLength: 100 }) }),
    fc.record({ kind: fc.constant('removeDoctor' as const), doctor }),
  );

  it('holds', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let state = EMPTY_QUESTIONS;
        for (const c of commands) {
          const before = structuredClone(state);
          const input = deepFreeze(state);
          switch (c.kind) {
            case 'choose':
              state = chooseQuestion(input, c.id);
              break;
            case 'add':
              state = addOwnQuestion(input, c.id, c.text);
              break;
            case 'edit':
              state = editOwnQuestion(input, c.id, c.text);
              break;
            case 'remove':
              state = removeQuestion(input, c.id);
              expect(state.notes).not.toHaveProperty([c.id]);
              break;
            case 'move':
              state = moveQuestion(input, c.id, c.by);
              break;
            case 'note':
              state = setNote(input, c.id, c.doctor, c.text);
              break;
            case 'addDoctor':
              state = addDoctor(input);
              break;
            case 'rename':
              state = renameDoctor(input, c.doctor, c.name);
              break;
            case 'removeDoctor':
              state = removeDoctor(input, c.doctor);
              break;
          }
          expect(input).toEqual(before);
          expect(state.doctors.length).toBeGreaterThanOrEqual(1);
        }
        expect(questionsStateSchema.safeParse(state).success).toBe(true);
        expect(new Set(idsOf(state)).size).toBe(state.chosen.length);
        expect(new Set(state.doctors.map((d) => d.id)).size).toBe(state.doctors.length);
      }),
    );
  });
});

describe('the limit on questions', () => {
  // Without a cap, the 201st question would make the saved state fail its schema and be discarded on reload.
  it('refuses a 201st question, bank or own, says why, and keeps a state the schema accepts', () => {
    let state = EMPTY_QUESTIONS;
    for (let i = 0; i < 200; i++) state = addOwnQuestion(state, `o${i}`, `Question ${i}?`);
    expect(questionsStateSchema.safeParse(state).success).toBe(true);
    expect(addOwnQuestion(state, 'o200', 'One more?')).toBe(state);
    expect(chooseQuestion(state, 'what-are-the-risks')).toBe(state);
    expect(questionTextError('One more?', state)).toBe('full');
  });
});

describe('the words for question errors, doctors and the list', () => {
  const t = (locale: 'en' | 'es') =>
    createTranslator({ locale, messages: MESSAGES[locale], namespace: 'questions' });

  it('has a message for every error, in English and Spanish', () => {
    expect(t('en')('errors.full', { max: MAX_QUESTIONS })).toBe(
      'You can have up to 200 questions in your list',
    );
    expect(t('en')('errors.empty')).toBe('Enter your question');
    expect(t('es')('errors.full', { max: MAX_QUESTIONS })).toBe(
      'Puede tener hasta 200 preguntas en su lista',
    );
    expect(t('es')('errors.empty')).toBe('Escriba su pregunta');
    expect(t('es')('errors.tooLong', { max: MAX_QUESTION_LENGTH })).toBe('Use 300 caracteres o menos');
  });

  it('names a doctor by letter and name in each language', () => {
    const { letter, name } = doctorLabelParts({ id: 'c', name: ' Dr Lee ' });
    expect(t('en')('doctor.named', { letter, name })).toBe('Doctor C (Dr Lee)');
    expect(t('en')('doctor.letter', { letter })).toBe('Doctor C');
    expect(t('es')('doctor.named', { letter, name })).toBe('Médico C (Dr Lee)');
    expect(t('es')('visit.noteLabel', { doctor: t('es')('doctor.letter', { letter: 'A' }) })).toBe(
      'Lo que dijo el Médico A',
    );
  });

  it('counts the chosen questions with a plural in Spanish', () => {
    expect(t('en')('listTitle', { count: 3 })).toBe('Your list (3)');
    expect(t('es')('listTitle', { count: 1 })).toBe('Su lista (1 pregunta elegida)');
    expect(t('es')('listTitle', { count: 3 })).toBe('Su lista (3 preguntas elegidas)');
  });
});
