import fc from 'fast-check';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import type { Checklist } from '@/lib/content/lists';
import { PERSPECTIVES, type Situation } from '@/lib/engine';
import { MESSAGES } from '@/lib/i18n/messages';
import {
  addCustomItem,
  customKey,
  EMPTY_PREPARE,
  editCustomItem,
  isTicked,
  itemKey,
  itemTextError,
  listProgress,
  MAX_CUSTOM_ITEMS,
  MAX_ITEM_LENGTH,
  type PrepareState,
  prepareStateSchema,
  removeCustomItem,
  toggleItem,
  visibleItems,
} from '@/lib/prepare/state';

const { checklists, rules } = getContent();

function list(id: string): Checklist {
  const found = checklists.find((l) => l.id === id);
  if (!found) throw new Error(`content/checklists/${id}.md is missing`);
  return found;
}
const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);
const situation = (
  perspective: Situation['perspective'],
  answers: Record<string, string> = {},
): Situation => ({
  perspective,
  answers,
});

/** Freezes every object and array inside, so a transition that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const SAMPLE: PrepareState = {
  ticked: ['records/test-results', 'custom/c1'],
  custom: [
    { id: 'c1', listId: 'records', text: 'My own note' },
    { id: 'c2', listId: 'on-the-day', text: 'Parking money' },
  ],
};

describe('toggleItem', () => {
  it('ticks an unticked item and unticks a ticked one', () => {
    const key = itemKey('records', 'imaging');
    expect(key).toBe('records/imaging');
    const on = toggleItem(EMPTY_PREPARE, key);
    expect(on.ticked).toEqual([key]);
    expect(isTicked(on, key)).toBe(true);
    const off = toggleItem(on, key);
    expect(off.ticked).toEqual([]);
    expect(isTicked(off, key)).toBe(false);
  });

  it('leaves the other ticks and the custom items alone', () => {
    const next = toggleItem(SAMPLE, 'records/test-results');
    expect(next.ticked).toEqual(['custom/c1']);
    expect(next.custom).toEqual(SAMPLE.custom);
    expect(toggleItem(SAMPLE, 'records/imaging').ticked).toEqual([
      'records/test-results',
      'custom/c1',
      'records/imaging',
    ]);
  });
});

describe('itemTextError', () => {
  it('asks for text when the value is empty or only spaces', () => {
    expect(itemTextError('')).toBe('empty');
    expect(itemTextError('   \t\n ')).toBe('empty');
  });

  it('gives the length limit when the trimmed text is too long', () => {
    expect(itemTextError('x'.repeat(MAX_ITEM_LENGTH + 1))).toBe('tooLong');
    expect(MAX_ITEM_LENGTH).toBe(300);
  });

  it('accepts text up to the limit, counting it after trimming', () => {
    expect(itemTextError('Bring a snack')).toBeNull();
    expect(itemTextError('x'.repeat(MAX_ITEM_LENGTH))).toBeNull();
    expect(itemTextError(`  ${'x'.repeat(MAX_ITEM_LENGTH)}  `)).toBeNull();
  });
});

describe('addCustomItem', () => {
  it('adds the item with its text trimmed', () => {
    const next = addCustomItem(EMPTY_PREPARE, { id: 'n1', listId: 'records', text: '  Ask for the CD  ' });
    expect(next.custom).toEqual([{ id: 'n1', listId: 'records', text: 'Ask for the CD' }]);
    expect(next.ticked).toEqual([]);
  });

  it('appends after the existing items', () => {
    const next = addCustomItem(SAMPLE, { id: 'n1', listId: 'records', text: 'Third' });
    expect(idsOf(next.custom)).toEqual(['c1', 'c2', 'n1']);
  });

  it.each([
    ['blank text', { id: 'n1', listId: 'records', text: '' }],
    ['text of spaces only', { id: 'n1', listId: 'records', text: '    ' }],
    ['text that is too long', { id: 'n1', listId: 'records', text: 'x'.repeat(MAX_ITEM_LENGTH + 1) }],
    ['an id that is already used', { id: 'c2', listId: 'records', text: 'Something new' }],
  ])('rejects %s and leaves the state unchanged', (_, item) => {
    const before = structuredClone(SAMPLE);
    const next = addCustomItem(SAMPLE, item);
    expect(next).toBe(SAMPLE);
    expect(next).toEqual(before);
  });
});

describe('editCustomItem', () => {
  it('replaces the text of that item only, trimmed', () => {
    const next = editCustomItem(SAMPLE, 'c2', '  Coins for parking ');
    expect(next.custom).toEqual([
      { id: 'c1', listId: 'records', text: 'My own note' },
      { id: 'c2', listId: 'on-the-day', text: 'Coins for parking' },
    ]);
    expect(next.ticked).toEqual(SAMPLE.ticked);
  });

  it('keeps the old text when the new one is blank or too long', () => {
    expect(editCustomItem(SAMPLE, 'c1', '  ')).toEqual(SAMPLE);
    expect(editCustomItem(SAMPLE, 'c1', 'x'.repeat(MAX_ITEM_LENGTH + 1))).toEqual(SAMPLE);
  });

  it('changes nothing for an unknown id', () => {
    expect(editCustomItem(SAMPLE, 'nope', 'New text')).toEqual(SAMPLE);
  });
});

describe('removeCustomItem', () => {
  it('removes the item and unticks it', () => {
    expect(isTicked(SAMPLE, customKey('c1'))).toBe(true);
    const next = removeCustomItem(SAMPLE, 'c1');
    expect(idsOf(next.custom)).toEqual(['c2']);
    expect(next.ticked).toEqual(['records/test-results']);
    expect(isTicked(next, customKey('c1'))).toBe(false);
  });

  it('does not untick a guide item that happens to share the id', () => {
    const state: PrepareState = {
      ticked: ['records/c1', 'custom/c1'],
      custom: [{ id: 'c1', listId: 'records', text: 'Mine' }],
    };
    expect(removeCustomItem(state, 'c1')).toEqual({ ticked: ['records/c1'], custom: [] });
  });

  it('changes nothing for an unknown id', () => {
    expect(removeCustomItem(SAMPLE, 'nope')).toEqual(SAMPLE);
  });
});

describe('transitions never change their input', () => {
  it.each([
    ['toggleItem on', (s: PrepareState) => toggleItem(s, 'records/imaging')],
    ['toggleItem off', (s: PrepareState) => toggleItem(s, 'records/test-results')],
    ['addCustomItem', (s: PrepareState) => addCustomItem(s, { id: 'n', listId: 'records', text: ' New ' })],
    ['editCustomItem', (s: PrepareState) => editCustomItem(s, 'c1', 'Changed')],
    ['removeCustomItem', (s: PrepareState) => removeCustomItem(s, 'c1')],
  ])('%s', (_, transition) => {
    const input = deepFreeze(structuredClone(SAMPLE));
    const next = transition(input);
    expect(input).toEqual(SAMPLE);
    expect(next).not.toBe(input);
    expect(next).not.toEqual(SAMPLE);
  });
});

describe('visibleItems with the real checklists', () => {
  it('shows every item when there is no wizard result', () => {
    for (const l of checklists) expect(idsOf(visibleItems(l.items, null))).toEqual(idsOf(l.items));
  });

  it('returns a new array, so the caller cannot change the content', () => {
    const { items } = list('records');
    expect(visibleItems(items, null)).not.toBe(items);
  });

  it('shows surgery notes only when surgery has been suggested (or may be)', () => {
    const { items } = list('records');
    expect(idsOf(visibleItems(items, situation('self', { 'surgery-recommended': 'yes' })))).toContain(
      'surgery-notes',
    );
    expect(idsOf(visibleItems(items, situation('self', { 'surgery-recommended': 'not-sure' })))).toContain(
      'surgery-notes',
    );
    expect(idsOf(visibleItems(items, situation('self', { 'surgery-recommended': 'no' })))).not.toContain(
      'surgery-notes',
    );
    expect(idsOf(visibleItems(items, situation('self')))).not.toContain('surgery-notes');
  });

  it("shows the children's specialist item only when the opinion is for a child", () => {
    const { items } = list('finding-a-specialist');
    expect(idsOf(visibleItems(items, situation('child')))).toContain('childrens-specialist');
    expect(idsOf(visibleItems(items, situation('self')))).not.toContain('childrens-specialist');
    expect(idsOf(visibleItems(items, situation('other')))).not.toContain('childrens-specialist');
  });

  it('shows pathology slides when cancer has been found or may be the cause', () => {
    const { items } = list('records');
    expect(idsOf(visibleItems(items, situation('self', { 'cancer-diagnosis': 'yes' })))).toContain(
      'pathology-slides',
    );
    expect(idsOf(visibleItems(items, situation('self', { 'cancer-diagnosis': 'not-sure' })))).toContain(
      'pathology-slides',
    );
    expect(idsOf(visibleItems(items, situation('self', { 'cancer-diagnosis': 'no' })))).not.toContain(
      'pathology-slides',
    );
  });

  it('shows only the unconditioned items, in order, when no condition holds', () => {
    const { items } = list('records');
    const unconditioned = items.filter((item) => item.when === undefined);
    expect(unconditioned.length).toBeLessThan(items.length);
    expect(visibleItems(items, situation('self'))).toEqual(unconditioned);
  });

  it('always keeps the unconditioned items and the content order (property)', () => {
    const answerFor = Object.fromEntries(
      rules.triggers.map((t) => [t.id, fc.constantFrom(...t.answers.map((a) => a.value))]),
    );
    const situations = fc.record({
      perspective: fc.constantFrom(...PERSPECTIVES),
      answers: fc.record(answerFor, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>,
    });
    fc.assert(
      fc.property(fc.constantFrom(...checklists), situations, (l, s) => {
        const shown = visibleItems(l.items, s);
        const all = idsOf(l.items);
        // A subsequence of the content, in the same order.
        expect(idsOf(shown)).toEqual(all.filter((id) => shown.some((item) => item.id === id)));
        for (const item of l.items.filter((i) => i.when === undefined)) expect(shown).toContain(item);
        for (const item of shown) expect(item.when === undefined || item.whenReason !== undefined).toBe(true);
      }),
    );
  });
});

describe('listProgress', () => {
  it('counts the visible items and the own items of that list', () => {
    const state: PrepareState = {
      ticked: ['records/test-results', 'records/surgery-notes', 'custom/c1', 'on-the-day/notes', 'custom/c2'],
      custom: [
        { id: 'c1', listId: 'records', text: 'Mine' },
        { id: 'c3', listId: 'records', text: 'Also mine' },
        { id: 'c2', listId: 'on-the-day', text: 'Elsewhere' },
      ],
    };
    // surgery-notes is ticked but hidden, so it counts neither way; c2 belongs to another list.
    expect(listProgress(state, 'records', ['test-results', 'imaging', 'medicines'])).toEqual({
      done: 2,
      total: 5,
    });
    expect(listProgress(state, 'on-the-day', ['notes', 'questions'])).toEqual({ done: 2, total: 3 });
  });

  it('is 0 of 0 for an empty list with nothing added', () => {
    expect(listProgress(EMPTY_PREPARE, 'records', [])).toEqual({ done: 0, total: 0 });
  });

  it('matches the real list: ticking everything visible reaches the total', () => {
    const { id, items } = list('records');
    const shown = idsOf(visibleItems(items, situation('self', { 'surgery-recommended': 'yes' })));
    const all = shown.reduce((s, itemId) => toggleItem(s, itemKey(id, itemId)), EMPTY_PREPARE);
    expect(listProgress(all, id, shown)).toEqual({ done: shown.length, total: shown.length });
  });
});

describe('prepareStateSchema', () => {
  it('accepts the empty state and a typical one', () => {
    expect(prepareStateSchema.parse(EMPTY_PREPARE)).toEqual(EMPTY_PREPARE);
    expect(prepareStateSchema.parse(SAMPLE)).toEqual(SAMPLE);
  });

  it.each([
    ['not an object', 'ticked'],
    ['null', null],
    ['a missing field', { ticked: [] }],
    ['an unknown field', { ticked: [], custom: [], extra: 1 }],
    ['ticked that is not an array', { ticked: 'records/x', custom: [] }],
    ['a tick that is not a string', { ticked: [3], custom: [] }],
    ['a tick key that is too long', { ticked: ['x'.repeat(201)], custom: [] }],
    ['a custom item with blank text', { ticked: [], custom: [{ id: 'a', listId: 'records', text: '  ' }] }],
    [
      'a custom item with text that is too long',
      { ticked: [], custom: [{ id: 'a', listId: 'records', text: 'x'.repeat(301) }] },
    ],
    ['a custom item with an empty id', { ticked: [], custom: [{ id: '', listId: 'records', text: 'Fine' }] }],
    ['a custom item without a list', { ticked: [], custom: [{ id: 'a', text: 'Fine' }] }],
    [
      'a custom item with an unknown field',
      { ticked: [], custom: [{ id: 'a', listId: 'records', text: 'Fine', done: true }] },
    ],
  ])('rejects %s', (_, value) => {
    expect(prepareStateSchema.safeParse(value).success).toBe(false);
  });

  it('keys of every real checklist item fit the saved-state limits', () => {
    for (const l of checklists)
      for (const item of l.items) {
        const state = toggleItem(EMPTY_PREPARE, itemKey(l.id, item.id));
        expect(prepareStateSchema.safeParse(state).success).toBe(true);
      }
  });
});

describe('any sequence of changes gives a state the schema accepts (property)', () => {
  const realKeys = checklists.flatMap((l) => l.items.map((item) => itemKey(l.id, item.id)));
  const ids = fc.constantFrom('a', 'b', 'c', 'd', '0f8fad5b-d9cb-469f-a165-70867728950e');
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', '   ', '\t\n', 'x'.repeat(300), ` ${'y'.repeat(300)} `, 'z'.repeat(301)),
    fc.string({ minLength: 290, maxLength: 310 }),
  );
  const command = fc.oneof(
    fc.record({
      kind: fc.constant('toggle' as const),
      key: fc.oneof(fc.constantFrom(...realKeys), ids.map(customKey)),
    }),
    fc.record({
      kind: fc.constant('add' as const),
      id: ids,
      listId: fc.constantFrom(...checklists.map((l) => l.id)),
      text,
    }),
    fc.record({ kind: fc.constant('edit' as const), id: ids, text }),
    fc.record({ kind: fc.constant('remove' as const), id: ids }),
  );

  it('holds', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let state = EMPTY_PREPARE;
        for (const c of commands) {
          const before = structuredClone(state);
          const input = deepFreeze(state);
          if (c.kind === 'toggle') state = toggleItem(input, c.key);
          else if (c.kind === 'add')
            state = addCustomItem(input, { id: c.id, listId: c.listId, text: c.text });
          else if (c.kind === 'edit') state = editCustomItem(input, c.id, c.text);
          else state = removeCustomItem(input, c.id);
          expect(input).toEqual(before);
          if (c.kind === 'remove') expect(isTicked(state, customKey(c.id))).toBe(false);
        }
        expect(prepareStateSchema.safeParse(state).success).toBe(true);
        expect(new Set(state.ticked).size).toBe(state.ticked.length);
        expect(new Set(idsOf(state.custom)).size).toBe(state.custom.length);
        for (const item of state.custom) expect(item.text).toBe(item.text.trim());
      }),
    );
  });
});

describe('the limit on own items', () => {
  // Without a cap, the 301st item would make the saved state fail its schema and be discarded on reload.
  it('refuses a 301st own item, says why, and keeps a state the schema accepts', () => {
    let state = EMPTY_PREPARE;
    for (let i = 0; i < 300; i++)
      state = addCustomItem(state, { id: `c${i}`, listId: 'records', text: `Item ${i}` });
    expect(prepareStateSchema.safeParse(state).success).toBe(true);
    const next = addCustomItem(state, { id: 'c300', listId: 'records', text: 'One more' });
    expect(next).toBe(state);
    expect(itemTextError('One more', state)).toBe('full');
  });
});

describe('the words for item errors and progress', () => {
  const t = (locale: 'en' | 'es') =>
    createTranslator({ locale, messages: MESSAGES[locale], namespace: 'prepare' });

  it('has a message for every error, in English and Spanish', () => {
    expect(t('en')('errors.full', { max: MAX_CUSTOM_ITEMS })).toBe('You can add up to 300 items of your own');
    expect(t('en')('errors.empty')).toBe('Enter what you want to add');
    expect(t('en')('errors.tooLong', { max: MAX_ITEM_LENGTH })).toBe('Use 300 characters or fewer');
    expect(t('es')('errors.full', { max: MAX_CUSTOM_ITEMS })).toBe('Puede agregar hasta 300 cosas suyas');
    expect(t('es')('errors.empty')).toBe('Escriba lo que quiere agregar');
    expect(t('es')('errors.tooLong', { max: MAX_ITEM_LENGTH })).toBe('Use 300 caracteres o menos');
  });

  it('counts what is done with a plural in Spanish', () => {
    expect(t('en')('list.done', { done: 1, total: 6 })).toBe('1 of 6 done');
    expect(t('es')('list.done', { done: 1, total: 6 })).toBe('1 de 6 hechos');
    expect(t('es')('list.done', { done: 0, total: 1 })).toBe('0 de 1 hecho');
    expect(t('es')('doneInAll', { done: 3, total: 30 })).toBe('3 de 30 hechos en total');
  });
});
