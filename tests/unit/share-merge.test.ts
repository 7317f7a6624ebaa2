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
import { holdsData, mergePrepare, mergeQuestions } from '@/lib/share/merge';

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

const keyOf = (c: CustomItem) => `${c.listId}\n${c.text}`;

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

  it('is true for any typed or chosen opinion detail, or an agreement answer; blank text does not count', () => {
    const withOpinion = (patch: Partial<CompareState['opinions'][number]>): CompareState => ({
      ...EMPTY_COMPARE,
      opinions: [{ ...emptyOpinion('opinion-1'), ...patch }, emptyOpinion('opinion-2')],
    });
    expect(holdsData({ kind: 'compare', data: withOpinion({ name: 'Dr Osei' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: withOpinion({ notes: 'second thoughts' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: withOpinion({ certainty: 'unsure' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: withOpinion({ planType: 'surgery' }) })).toBe(true);
    expect(holdsData({ kind: 'compare', data: withOpinion({ diagnosis: '   \n' }) })).toBe(false);
    expect(
      holdsData({ kind: 'compare', data: { ...EMPTY_COMPARE, agreement: { diagnosis: 'no', plan: null } } }),
    ).toBe(true);
    expect(
      holdsData({
        kind: 'compare',
        data: { ...EMPTY_COMPARE, agreement: { diagnosis: null, plan: 'partly' } },
      }),
    ).toBe(true);
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

describe('mergePrepare', SLOW, () => {
  it('keeps every tick and every own item from both sides', () => {
    const mine: PrepareState = {
      ticked: ['records/scans', 'custom/m1'],
      custom: [{ id: 'm1', listId: 'records', text: 'Bring scans' }],
    };
    const theirs: PrepareState = {
      ticked: ['on-the-day/friend', 'records/scans', 'custom/t1'],
      custom: [{ id: 't1', listId: 'on-the-day', text: 'Take a friend' }],
    };
    expect(mergePrepare(mine, theirs)).toEqual({
      ticked: ['records/scans', 'custom/m1', 'on-the-day/friend', 'custom/t1'],
      custom: [...mine.custom, ...theirs.custom],
    });
  });

  it('does not copy an own item twice, by id or by the same text in the same list', () => {
    const mine: PrepareState = {
      ticked: [],
      custom: [
        { id: 'm1', listId: 'records', text: 'Bring scans' },
        { id: 'shared', listId: 'records', text: 'Ask for letters' },
      ],
    };
    const theirs: PrepareState = {
      ticked: [],
      custom: [
        { id: 't1', listId: 'records', text: 'Bring scans' }, // same list and text
        { id: 'shared', listId: 'records', text: 'Ask for letters (edited)' }, // same id
        { id: 't2', listId: 'on-the-day', text: 'Bring scans' }, // same text, other list: kept
      ],
    };
    expect(mergePrepare(mine, theirs).custom).toEqual([...mine.custom, theirs.custom[2]]);
  });

  it('drops the ticks of own items that were not copied', () => {
    const mine: PrepareState = { ticked: [], custom: [{ id: 'm1', listId: 'records', text: 'Bring scans' }] };
    const theirs: PrepareState = {
      ticked: ['custom/t1', 'custom/gone', 'records/scans'],
      custom: [{ id: 't1', listId: 'records', text: 'Bring scans' }],
    };
    expect(mergePrepare(mine, theirs)).toEqual({ ticked: ['records/scans'], custom: mine.custom });
  });

  it(`keeps at most ${MAX_CUSTOM_ITEMS} own items, mine first, and drops the ticks of those cut`, () => {
    const items = (prefix: string, count: number): CustomItem[] =>
      Array.from({ length: count }, (_, i) => ({
        id: `${prefix}${i}`,
        listId: 'records',
        text: `${prefix} ${i}`,
      }));
    const mine: PrepareState = { ticked: ['custom/m0'], custom: items('m', 200) };
    const theirs: PrepareState = {
      ticked: ['custom/t99', 'custom/t100', 'custom/t150'],
      custom: items('t', 150),
    };
    const merged = mergePrepare(mine, theirs);
    expect(merged.custom).toHaveLength(MAX_CUSTOM_ITEMS);
    expect(merged.custom.slice(0, 200)).toEqual(mine.custom);
    expect(merged.custom.at(-1)?.id).toBe('t99');
    expect(merged.ticked).toEqual(['custom/m0', 'custom/t99']);
    expect(prepareStateSchema.safeParse(merged).success).toBe(true);
  });

  it('does not change either input', () => {
    fc.assert(
      fc.property(prepareArb, prepareArb, (mine, theirs) => {
        const [a, b] = [structuredClone(mine), structuredClone(theirs)];
        mergePrepare(deepFreeze(mine), deepFreeze(theirs));
        expect([mine, theirs]).toEqual([a, b]);
      }),
      { numRuns: 50 },
    );
  });

  it('property: a valid checklist state that holds both sides and nothing else', () => {
    fc.assert(
      fc.property(prepareArb, prepareArb, (mine, theirs) => {
        const merged = mergePrepare(mine, theirs);
        expect(prepareStateSchema.safeParse(merged).success).toBe(true);

        // Mine first and whole; then theirs that are new by id and by list + text.
        expect(merged.custom.slice(0, mine.custom.length)).toEqual(mine.custom);
        const added = merged.custom.slice(mine.custom.length);
        expect(added).toEqual(
          theirs.custom.filter(
            (c) => !mine.custom.some((m) => m.id === c.id) && !mine.custom.some((m) => keyOf(m) === keyOf(c)),
          ),
        );
        expect(new Set(merged.custom.map((c) => c.id)).size).toBe(merged.custom.length);

        // Ticks: no duplicates, each from one side, and every one kept unless it is on an own item not kept.
        const keptItems = new Set(merged.custom.map((c) => customKey(c.id)));
        expect(new Set(merged.ticked).size).toBe(merged.ticked.length);
        for (const tick of merged.ticked) {
          expect([...mine.ticked, ...theirs.ticked]).toContain(tick);
          if (tick.startsWith('custom/')) expect(keptItems).toContain(tick);
        }
        for (const tick of [...mine.ticked, ...theirs.ticked])
          if (!tick.startsWith('custom/') || keptItems.has(tick)) expect(merged.ticked).toContain(tick);
      }),
      { numRuns: 300 },
    );
  });

  it('property: merging with an empty checklist, or with itself, changes nothing that is real', () => {
    const clean = prepareArb.map((state) => ({
      ...state,
      ticked: state.ticked.filter(
        (t) => !t.startsWith('custom/') || state.custom.some((c) => customKey(c.id) === t),
      ),
    }));
    fc.assert(
      fc.property(clean, (state) => {
        expect(mergePrepare(state, EMPTY_PREPARE)).toEqual(state);
        expect(mergePrepare(state, state)).toEqual(state);
        expect(mergePrepare(EMPTY_PREPARE, state).custom).toEqual(state.custom);
      }),
      RUNS,
    );
  });

  // Without a cap, "Keep both" could save more ticks than the schema allows, and the next load would discard the checklist.
  it('the merged checklist always passes prepareStateSchema, even with many ticks on each side', () => {
    const ticks = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => `${prefix}/${i}`);
    const mine: PrepareState = { ticked: ticks('records', 600), custom: [] };
    const theirs: PrepareState = { ticked: ticks('on-the-day', 600), custom: [] };
    expect(prepareStateSchema.safeParse(mine).success).toBe(true);
    expect(prepareStateSchema.safeParse(theirs).success).toBe(true);
    const merged = mergePrepare(mine, theirs);
    // Expected: a state the schema accepts. Actual: 1200 ticks, over the schema's 1000.
    expect(merged.ticked.length).toBeLessThanOrEqual(1000);
    expect(prepareStateSchema.safeParse(merged).success).toBe(true);
  });
});

describe('mergeQuestions', SLOW, () => {
  const mine: QuestionsState = {
    chosen: [{ id: 'bank-1' }, { id: 'own-1', text: 'Can I wait a month?' }],
    doctors: [{ id: 'a', name: 'Dr Ngata' }],
    notes: { 'bank-1': { a: 'Said it is common' }, 'own-1': { a: '' } },
  };
  const theirs: QuestionsState = {
    chosen: [{ id: 'bank-2' }, { id: 'bank-1' }, { id: 'own-1', text: 'Can I wait a month?' }],
    doctors: [
      { id: 'a', name: 'Someone else' },
      { id: 'b', name: 'Dr 李' },
    ],
    notes: {
      'bank-1': { a: 'Their note, loses to mine', b: 'Rare in children' },
      'own-1': { a: 'Yes, up to six weeks' },
      'bank-2': { b: 'Start in spring' },
      'not-chosen': { a: 'dropped' },
    },
  };

  it('lists mine first, then theirs, without duplicates', () => {
    expect(mergeQuestions(mine, theirs).chosen).toEqual([
      { id: 'bank-1' },
      { id: 'own-1', text: 'Can I wait a month?' },
      { id: 'bank-2' },
    ]);
  });

  it('keeps my doctors and names, and adds theirs that I do not have', () => {
    expect(mergeQuestions(mine, theirs).doctors).toEqual([
      { id: 'a', name: 'Dr Ngata' },
      { id: 'b', name: 'Dr 李' },
    ]);
  });

  it('never replaces a note typed here; theirs fill the gaps; notes of questions not kept go', () => {
    expect(mergeQuestions(mine, theirs).notes).toEqual({
      'bank-1': { a: 'Said it is common', b: 'Rare in children' },
      'own-1': { a: 'Yes, up to six weeks' },
      'bank-2': { b: 'Start in spring' },
    });
  });

  it('keeps my notes when theirs have none for that question', () => {
    const merged = mergeQuestions(mine, { ...EMPTY_QUESTIONS });
    expect(merged.notes['bank-1']).toEqual({ a: 'Said it is common' });
    expect(merged.chosen).toEqual(mine.chosen);
    expect(merged.doctors).toEqual(mine.doctors);
  });

  it(`keeps at most ${MAX_QUESTIONS} questions, mine first, with the notes of those kept only`, () => {
    const list = (prefix: string, count: number): ChosenQuestion[] =>
      Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}` }));
    const merged = mergeQuestions(
      { ...EMPTY_QUESTIONS, chosen: list('m', 150) },
      {
        ...EMPTY_QUESTIONS,
        chosen: list('t', 100),
        notes: { 't-49': { a: 'kept' }, 't-50': { a: 'cut' } },
      },
    );
    expect(merged.chosen).toHaveLength(MAX_QUESTIONS);
    expect(merged.chosen.at(149)).toEqual({ id: 'm-149' });
    expect(merged.chosen.at(-1)).toEqual({ id: 't-49' });
    expect(merged.notes).toEqual({ 't-49': { a: 'kept' } });
    expect(questionsStateSchema.safeParse(merged).success).toBe(true);
  });

  it('does not change either input', () => {
    fc.assert(
      fc.property(questionsArb, questionsArb, (a, b) => {
        const [copyA, copyB] = [structuredClone(a), structuredClone(b)];
        mergeQuestions(deepFreeze(a), deepFreeze(b));
        expect([a, b]).toEqual([copyA, copyB]);
      }),
      { numRuns: 50 },
    );
  });

  it('property: a valid question list with mine first, theirs after, and my notes never lost', () => {
    fc.assert(
      fc.property(questionsArb, questionsArb, (a, b) => {
        const merged = mergeQuestions(a, b);
        expect(questionsStateSchema.safeParse(merged).success).toBe(true);

        const ids = merged.chosen.map((q) => q.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(merged.chosen.slice(0, a.chosen.length)).toEqual(a.chosen);
        expect(merged.chosen.slice(a.chosen.length)).toEqual(
          b.chosen.filter((q) => !a.chosen.some((m) => m.id === q.id)),
        );

        expect(merged.doctors.slice(0, a.doctors.length)).toEqual(a.doctors);
        expect(merged.doctors.map((d) => d.id).sort()).toEqual(
          [...new Set([...a.doctors, ...b.doctors].map((d) => d.id))].sort(),
        );

        for (const id of Object.keys(merged.notes)) expect(ids).toContain(id);
        for (const id of ids) {
          for (const doctor of DOCTOR_IDS) {
            const own = a.notes[id]?.[doctor];
            const other = b.notes[id]?.[doctor];
            const expected = own?.trim() ? own : other;
            expect(merged.notes[id]?.[doctor]).toBe(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: merging with an empty list or with itself keeps the list and its notes', () => {
    fc.assert(
      fc.property(questionsArb, (state) => {
        for (const merged of [mergeQuestions(state, EMPTY_QUESTIONS), mergeQuestions(state, state)]) {
          expect(merged.chosen).toEqual(state.chosen);
          expect(merged.doctors.slice(0, state.doctors.length)).toEqual(state.doctors);
          for (const q of state.chosen)
            for (const doctor of DOCTOR_IDS) {
              const note = state.notes[q.id]?.[doctor];
              if (note?.trim()) expect(merged.notes[q.id]?.[doctor]).toBe(note);
            }
        }
      }),
      RUNS,
    );
  });
});
