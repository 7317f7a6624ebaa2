import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompareState, EMPTY_COMPARE, emptyOpinion } from '@/lib/compare/state';
import { EMPTY_GUIDE } from '@/lib/guide/state';
import {
  customKey,
  type CustomItem,
  EMPTY_PREPARE,
  MAX_CUSTOM_ITEMS,
  type PrepareState,
  prepareStateSchema,
} from '@/lib/prepare/state';
import {
  type ChosenQuestion,
  DOCTOR_IDS,
  EMPTY_QUESTIONS,
  MAX_QUESTIONS,
  type QuestionsState,
  questionsStateSchema,
} from '@/lib/questions/state';
import { mergePrepare } from '@/lib/prepare/merge';
import { mergeQuestions } from '@/lib/questions/merge';
import { FEATURES, type Saved } from '@/lib/share/features';

const holdsData = (value: Saved) =>
  (FEATURES[value.kind].holdsData as (data: unknown) => boolean)(value.data);

const RUNS = { numRuns: 200 };

/** Freezes every object and array inside, so a merge that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries. Ids and texts come from small pools so that the two sides often share items.

const customId = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8');
const listId = fc.constantFrom('records', 'on-the-day');
const itemText = fc
  .oneof(
    fc.constantFrom('Bring scans', 'Ask about costs', 'Take a friend', 'Écrire les questions 📝'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => s.trim()),
  )
  .filter((s) => s.length > 0);
const guideTick = fc.constantFrom(
  'records/scans',
  'records/letters',
  'on-the-day/list',
  'on-the-day/friend',
  'gone-list/old-item',
);

const prepareArb: fc.Arbitrary<PrepareState> = fc
  .uniqueArray(fc.record({ id: customId, listId, text: itemText }), { maxLength: 6, selector: (c) => c.id })
  .chain((custom) =>
    fc.record({
      custom: fc.constant(custom),
      ticked: fc.uniqueArray(fc.oneof(guideTick, customId.map(customKey)), { maxLength: 10 }),
    }),
  );

const questionId = fc.constantFrom('bank-1', 'bank-2', 'bank-3', 'own-1', 'own-2', 'own-3', 'own-4');
const noteText = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ unit: 'grapheme', maxLength: 30 }));

const questionsArb: fc.Arbitrary<QuestionsState> = fc.record({
  chosen: fc.uniqueArray(
    questionId.chain((id) =>
      id.startsWith('own')
        ? itemText.map((text): ChosenQuestion => ({ id, text }))
        : fc.constant<ChosenQuestion>({ id }),
    ),
    { maxLength: 6, selector: (q) => q.id },
  ),
  doctors: fc
    .shuffledSubarray([...DOCTOR_IDS], { minLength: 1, maxLength: 3 })
    .chain((ids) =>
      fc.tuple(...ids.map((id) => fc.constantFrom('', 'Dr Ngata', 'Dr 李').map((name) => ({ id, name })))),
    ),
  notes: fc.dictionary(
    questionId,
    fc.record({ a: noteText, b: noteText, c: noteText }, { requiredKeys: [] }),
    { maxKeys: 5, noNullPrototype: true },
  ),
});

/** Generous, for slow shared machines: the property tests are not performance checks. */
const SLOW = { timeout: 30_000 };

// ---------------------------------------------------------------------------------------------

describe('holdsData', SLOW, () => {
  it('is false for the empty state of every kind', () => {
    expect(holdsData({ kind: 'guide', data: EMPTY_GUIDE })).toBe(false);
    expect(holdsData({ kind: 'prepare', data: EMPTY_PREPARE })).toBe(false);
    expect(holdsData({ kind: 'questions', data: EMPTY_QUESTIONS })).toBe(false);
    expect(holdsData({ kind: 'compare', data: EMPTY_COMPARE })).toBe(false);
  });

  it('is true for guide answers or a chosen perspective', () => {
    expect(holdsData({ kind: 'guide', data: { ...EMPTY_GUIDE, perspective: 'self' } })).toBe(true);
    expect(
      holdsData({ kind: 'guide', data: { ...EMPTY_GUIDE, answers: { 'serious-diagnosis': 'yes' } } }),
    ).toBe(true);
  });

  it('is true for a tick or an own item in the checklists', () => {
    expect(holdsData({ kind: 'prepare', data: { ticked: ['records/scans'], custom: [] } })).toBe(true);
    expect(
      holdsData({
        kind: 'prepare',
        data: { ticked: [], custom: [{ id: 'c1', listId: 'records', text: 'Bring scans' }] },
      }),
    ).toBe(true);
  });

  it('is true for a question list, whatever the doctors', () => {
    expect(holdsData({ kind: 'questions', data: { ...EMPTY_QUESTIONS, chosen: [{ id: 'bank-1' }] } })).toBe(
      true,
    );
  });

  it('is true for any typed or chosen opinion detail, or a mark on a row; blank text does not count', () => {
    const withOpinion = (patch: Partial<CompareState['opinions'][number]>): CompareState => ({
      ...EMPTY_COMPARE,
      opinions: [{ ...emptyOpinion('opinion-1'), ...patch }, emptyOpinion('opinion-2')],
    });
    expect(holdsData({ kind: 'compare', data: withOpinion({ name: 'Dr Osei' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: withOpinion({ notes: 'second thoughts' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: withOpinion({ certainty: 'unsure' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: withOpinion({ planType: 'surgery' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: withOpinion({ diagnosis: '   \n' }) })).toBe(false);
    expect(holdsData({ kind: 'compare', data: withOpinion({ timing: 'within-weeks' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: { ...EMPTY_COMPARE, marks: { diagnosis: 'no' } } })).toBe(true);
    expect(holdsData({ kind: 'compare', data: { ...EMPTY_COMPARE, marks: { risks: 'partly' } } })).toBe(true);
  });

  it('for checklists, is false exactly when there is neither a tick nor an own item', () => {
    fc.assert(
      fc.property(prepareArb, (data) => {
        expect(holdsData({ kind: 'prepare', data })).toBe(data.ticked.length + data.custom.length > 0);
      }),
      RUNS,
    );
  });

  it('for questions, is false exactly when no question is chosen', () => {
    fc.assert(
      fc.property(questionsArb, (data) => {
        expect(holdsData({ kind: 'questions', data })).toBe(data.chosen.length > 0);
      }),
      RUNS,
    );
  });
});

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
const itemIdentity = (c: CustomItem) => `${c.listId}\n${norm(c.text)}`;
const questionIdentity = (q: ChosenQuestion) =>
  q.text === undefined ? `bank:${q.id}` : `own:${norm(q.text)}`;

/** Every non-blank note, as (question identity, doctor name or letter, text). */
function notesOf(state: QuestionsState) {
  return state.chosen.flatMap((q) =>
    Object.entries(state.notes[q.id] ?? {}).flatMap(([doctor, note]) =>
      note?.trim()
        ? [
            {
              question: questionIdentity(q),
              doctor,
              name: state.doctors.find((d) => d.id === doctor)?.name ?? '',
              note,
            },
          ]
        : [],
    ),
  );
}

describe('mergePrepare', SLOW, () => {
  it('matches own items by list and words, never by id, and keeps each tick with its own item', () => {
    const mine: PrepareState = {
      ticked: ['custom/c1'],
      custom: [{ id: 'c1', listId: 'records', text: 'Bring scans' }],
    };
    const theirs: PrepareState = {
      ticked: ['custom/c1', 'records/imaging'],
      // The same id for a different item, and the same item under another id.
      custom: [
        { id: 'c1', listId: 'records', text: 'Call the lab' },
        { id: 'x9', listId: 'records', text: '  bring   SCANS ' },
      ],
    };
    const { value, leftOut } = mergePrepare(deepFreeze(mine), deepFreeze(theirs));
    expect(leftOut).toBe(0);
    expect(value.custom).toEqual([
      { id: 'c1', listId: 'records', text: 'Bring scans' },
      { id: 'c1-2', listId: 'records', text: 'Call the lab' },
    ]);
    expect(value.ticked).toEqual(['custom/c1', 'custom/c1-2', 'records/imaging']);
    expect(prepareStateSchema.safeParse(value).success).toBe(true);
  });

  it(`counts the own items that do not fit past ${MAX_CUSTOM_ITEMS}`, () => {
    const many = (prefix: string, n: number): CustomItem[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}${i}`,
        listId: 'records',
        text: `${prefix} ${i}`,
      }));
    const { value, leftOut } = mergePrepare(
      { ticked: [], custom: many('mine', MAX_CUSTOM_ITEMS - 1) },
      { ticked: [], custom: many('theirs', 3) },
    );
    expect(value.custom).toHaveLength(MAX_CUSTOM_ITEMS);
    expect(leftOut).toBe(2);
  });

  it('property: valid, idempotent, and no item or tick lost when there is room', () => {
    fc.assert(
      fc.property(prepareArb, prepareArb, (mine, theirs) => {
        const once = mergePrepare(deepFreeze(mine), deepFreeze(theirs));
        expect(prepareStateSchema.safeParse(once.value).success).toBe(true);
        expect(mergePrepare(once.value, theirs).value).toEqual(once.value);
        expect(once.leftOut).toBe(0);
        const identities = new Set(once.value.custom.map(itemIdentity));
        for (const item of [...mine.custom, ...theirs.custom])
          expect(identities.has(itemIdentity(item))).toBe(true);
        for (const tick of [...mine.ticked, ...theirs.ticked].filter((t) => !t.startsWith('custom/')))
          expect(once.value.ticked).toContain(tick);
        // A ticked own item stays ticked, under whatever id it now has.
        const tickedTexts = (s: PrepareState) =>
          s.custom.filter((c) => s.ticked.includes(customKey(c.id))).map(itemIdentity);
        for (const text of [...tickedTexts(mine), ...tickedTexts(theirs)])
          expect(tickedTexts(once.value)).toContain(text);
        expect(
          mine.custom.every((c) => once.value.custom.some((m) => m.id === c.id && m.text === c.text)),
        ).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('mergeQuestions', SLOW, () => {
  const base = (patch: Partial<QuestionsState>): QuestionsState => ({ ...EMPTY_QUESTIONS, ...patch });

  it('never moves a note to another doctor: doctors are matched by name, not by letter', () => {
    const mine = base({
      chosen: [{ id: 'bank-1' }],
      doctors: [{ id: 'a', name: 'Dr Smith' }],
      notes: { 'bank-1': { a: 'Smith: surgery' } },
    });
    const theirs = base({
      chosen: [{ id: 'bank-1' }],
      doctors: [
        { id: 'a', name: 'Dr Jones' },
        { id: 'b', name: 'dr smith ' },
      ],
      notes: { 'bank-1': { a: 'Jones: wait and see', b: 'Smith: surgery' } },
    });
    const { value, leftOut } = mergeQuestions(deepFreeze(mine), deepFreeze(theirs));
    expect(leftOut).toBe(0);
    expect(value.doctors).toEqual([
      { id: 'a', name: 'Dr Smith' },
      { id: 'b', name: 'Dr Jones' },
    ]);
    expect(value.notes['bank-1']).toEqual({ a: 'Smith: surgery', b: 'Jones: wait and see' });
  });

  it('an own question is matched by its words, and its notes follow it to the id it has here', () => {
    const mine = base({
      chosen: [{ id: 'own-1', text: 'Can I work?' }],
      doctors: [{ id: 'a', name: 'Dr Lee' }],
    });
    const theirs = base({
      chosen: [
        { id: 'own-9', text: ' can i  WORK? ' },
        { id: 'own-1', text: 'Will it hurt?' },
      ],
      doctors: [{ id: 'a', name: 'Dr Lee' }],
      notes: { 'own-9': { a: 'Yes, part time' }, 'own-1': { a: 'A little' } },
    });
    const { value } = mergeQuestions(mine, theirs);
    expect(value.chosen).toEqual([
      { id: 'own-1', text: 'Can I work?' },
      { id: 'own-1-2', text: 'Will it hurt?' },
    ]);
    expect(value.notes).toEqual({ 'own-1': { a: 'Yes, part time' }, 'own-1-2': { a: 'A little' } });
  });

  it('keeps a note typed here and adds a different shared note after it, once', () => {
    const mine = base({
      chosen: [{ id: 'bank-1' }],
      doctors: [{ id: 'a', name: 'Dr Lee' }],
      notes: { 'bank-1': { a: 'Mine' } },
    });
    const theirs = { ...mine, notes: { 'bank-1': { a: 'Theirs' } } };
    const once = mergeQuestions(mine, theirs).value;
    expect(once.notes['bank-1']?.a).toBe('Mine\n\nTheirs');
    expect(mergeQuestions(once, theirs).value).toEqual(once);
  });

  it('a fourth doctor does not fit and is counted, with their notes', () => {
    const doctors = DOCTOR_IDS.map((id) => ({ id, name: `Dr ${id}` }));
    const mine = base({ chosen: [{ id: 'bank-1' }], doctors });
    const theirs = base({
      chosen: [{ id: 'bank-1' }],
      doctors: [{ id: 'a', name: 'Dr Other' }],
      notes: { 'bank-1': { a: 'x' } },
    });
    const { value, leftOut } = mergeQuestions(mine, theirs);
    expect(value.doctors).toEqual(doctors);
    expect(leftOut).toBe(2);
  });

  it(`keeps at most ${MAX_QUESTIONS} questions, mine first, and counts the rest`, () => {
    const mine = base({ chosen: Array.from({ length: MAX_QUESTIONS }, (_, i) => ({ id: `m${i}` })) });
    const { value, leftOut } = mergeQuestions(mine, base({ chosen: [{ id: 'extra' }] }));
    expect(value.chosen).toEqual(mine.chosen);
    expect(leftOut).toBe(1);
  });

  it('property: valid, idempotent, mine kept as it was, and no question or note lost when there is room', () => {
    fc.assert(
      fc.property(questionsArb, questionsArb, (mine, theirs) => {
        const once = mergeQuestions(deepFreeze(mine), deepFreeze(theirs));
        expect(questionsStateSchema.safeParse(once.value).success).toBe(true);
        expect(mergeQuestions(once.value, theirs).value).toEqual(once.value);
        expect(once.value.chosen.slice(0, mine.chosen.length)).toEqual(mine.chosen);
        const questions = new Set(once.value.chosen.map(questionIdentity));
        for (const q of [...mine.chosen, ...theirs.chosen])
          expect(questions.has(questionIdentity(q))).toBe(true);
        const merged = notesOf(once.value);
        // My notes stay with my doctors, word for word at the start.
        for (const n of notesOf(mine))
          expect(
            merged.some(
              (m) => m.question === n.question && m.doctor === n.doctor && m.note.startsWith(n.note),
            ),
          ).toBe(true);
        if (once.leftOut === 0)
          for (const n of notesOf(theirs)) {
            const home = merged.filter((m) => m.question === n.question && m.note.includes(n.note));
            expect(home.length).toBeGreaterThan(0);
            // A named doctor's note stays under that name.
            if (norm(n.name)) expect(home.some((m) => norm(m.name) === norm(n.name))).toBe(true);
          }
      }),
      RUNS,
    );
  });
});
