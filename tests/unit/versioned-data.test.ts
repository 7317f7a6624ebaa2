import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { compareData } from '@/lib/compare/data';
import { guideData } from '@/lib/guide/data';
import { prepareData } from '@/lib/prepare/data';
import { readStored } from '@/lib/storage/safe-storage';
import { questionsData } from '@/lib/questions/data';
import { describeDropped, readVersioned, type VersionedData } from '@/lib/storage/versioned';
import { FEATURES as SHARED_FEATURES } from '@/lib/share/features';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { createTranslator } from 'next-intl';
import released from '../fixtures/v1/release-0.1.json';

// A made-up feature with three versions, to prove the steps run in order and each sees valid data.
const v1 = z.strictObject({ name: z.string(), count: z.number() });
const v2 = z.strictObject({ name: z.string(), visits: z.number() });
const v3 = z.strictObject({ name: z.string(), visits: z.number(), doctors: z.array(z.string()) });
type V1 = z.infer<typeof v1>;
type V2 = z.infer<typeof v2>;
const notes: VersionedData<z.infer<typeof v3>> = {
  versions: [
    { version: 1, schema: v1, empty: { name: '', count: 0 } },
    {
      version: 2,
      schema: v2,
      empty: { name: '', visits: 0 },
      up: ({ name, count }: V1) => ({ name, visits: count }),
    },
    {
      version: 3,
      schema: v3,
      empty: { name: '', visits: 0, doctors: [] },
      up: (v: V2) => ({ ...v, doctors: [] }),
    },
  ],
  empty: { name: '', visits: 0, doctors: [] },
};

describe('readVersioned', () => {
  it('migrates an old value one version at a time to the current one', () => {
    expect(readVersioned(notes, 1, { name: 'Ana', count: 2 })).toEqual({
      kind: 'read',
      value: { name: 'Ana', visits: 2, doctors: [] },
      from: 1,
      dropped: [],
    });
    expect(readVersioned(notes, 2, { name: 'Ana', visits: 4 })).toMatchObject({
      value: { visits: 4, doctors: [] },
    });
  });

  it('mends an old value at its own version before migrating it, and says what it left out', () => {
    expect(readVersioned(notes, 1, { name: 'Ana', count: 'two', colour: 'red' })).toEqual({
      kind: 'read',
      value: { name: 'Ana', visits: 0, doctors: [] },
      from: 1,
      dropped: [['colour'], ['count']],
    });
  });

  it('leaves a newer version alone, and cannot read an unknown or missing one', () => {
    expect(readVersioned(notes, 4, { anything: true })).toEqual({ kind: 'newer', version: 4 });
    for (const version of [0, -1, 1.5, '1', null, undefined])
      expect(readVersioned(notes, version, { name: 'Ana', count: 1 })).toEqual({ kind: 'unreadable' });
  });

  it('never throws, even when a step up does', () => {
    const broken: VersionedData<unknown> = {
      ...notes,
      versions: [
        notes.versions[0]!,
        {
          ...notes.versions[1]!,
          up: () => {
            throw new Error('bug');
          },
        },
      ],
    };
    expect(readVersioned(broken, 1, { name: 'Ana', count: 1 })).toEqual({ kind: 'unreadable' });
  });
});

describe('describeDropped', () => {
  const dropped = describeDropped(questionsData.parts, [
    ['notes', 'q', 'a'],
    ['chosen', 3],
    ['notes', 'q', 'b'],
    ['odd'],
  ]);
  const words = (locale: (typeof LOCALES)[number]) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'ui.storage.parts' });
    return dropped.map(({ part, count }) =>
      part ? t(`questions.${part}` as 'other', { count }) : t('other', { count }),
    );
  };

  it('counts what was left out by part, in the order of the parts, with no words', () => {
    expect(dropped).toEqual([
      { part: 'chosen', count: 1 },
      { part: 'notes', count: 2 },
      { part: '', count: 1 },
    ]);
  });

  it('reads in plain words, with plurals, in English and Spanish', () => {
    expect(words('en')).toEqual(['1 question in your list', '2 notes from visits', '1 other saved detail']);
    expect(words('es')).toEqual(['1 pregunta de su lista', '2 notas de consultas', '1 otro dato guardado']);
  });

  it.each(LOCALES)('has words in %s for every feature and every part it counts', (locale) => {
    const storage = MESSAGES[locale].ui.storage as unknown as {
      what: Record<string, string>;
      parts: Record<string, Record<string, string>>;
    };
    for (const feature of Object.values(SHARED_FEATURES)) {
      expect(storage.what[feature.kind], feature.kind).toEqual(expect.any(String));
      for (const part of Object.keys(feature.parts))
        expect(storage.parts[feature.kind]?.[part], `${feature.kind}.${part}`).toMatch(/plural/);
    }
  });
});

// Every released feature: spoil one part of a real saved value and the other parts survive untouched.
const FEATURES: [VersionedData<Record<string, unknown>> & { kind: string }, Record<string, unknown>][] = [
  [guideData, released.data.guide],
  [prepareData, released.data.prepare],
  [questionsData, released.data.questions],
  [compareData, released.data.compare],
];

/** Top-level parts a later version moved: their name in the current version. */
const MOVED: Record<string, string> = { agreement: 'marks' };

describe('one bad part never costs the rest', () => {
  for (const [feature, value] of FEATURES) {
    it(`${feature.kind}: whichever top-level part is spoiled, every other part is kept as it was`, () => {
      const parts = Object.keys(value);
      fc.assert(
        fc.property(
          fc.constantFrom(...parts),
          fc.oneof(fc.constant(42), fc.constant('?'), fc.constant([{}]), fc.constant({ '': -1 })),
          (part, junk) => {
            // Compared after the same steps up as the unspoiled value (compare 2 moved agreement to marks).
            const clean = readVersioned(feature, 1, value);
            const read = readVersioned(feature, 1, { ...value, [part]: junk });
            expect(read.kind).toBe('read');
            if (read.kind !== 'read' || clean.kind !== 'read') return;
            for (const other of parts) {
              const now = MOVED[other] ?? other;
              if (other !== part) expect(read.value[now]).toEqual(clean.value[now]);
            }
            expect(read.dropped.length).toBeGreaterThan(0);
            expect(read.dropped.every((path) => path[0] === part)).toBe(true);
          },
        ),
      );
    });
  }
});

// Guide version 2 adds the optional decision steps (what matters, who else decides, pressure, how).
describe('guide: version 1 to version 2', () => {
  const v1 = released.data.guide;
  const v2 = {
    ...v1,
    decision: { matters: ['sure-of-diagnosis', 'cost-and-travel'], others: 'lean-unsure', role: 'shared' },
  };
  const stored = (state: unknown, version: number) => JSON.stringify({ state, version });

  it('steps a stored version-1 value up with no decision answers, keeping everything else', () => {
    expect(readStored(guideData, released.stored['sog.guide'])).toEqual({
      kind: 'read',
      state: { ...v1, decision: {} },
      problem: null,
      rewrite: true,
    });
  });

  it('reads a version-2 value back as it was, with nothing to rewrite', () => {
    expect(readStored(guideData, stored(v2, 2))).toEqual({
      kind: 'read',
      state: v2,
      problem: null,
      rewrite: false,
    });
  });

  it('leaves out a damaged decision step and names it, keeping the answers and the other steps', () => {
    const read = readStored(guideData, stored({ ...v2, decision: { ...v2.decision, pressure: 'maybe' } }, 2));
    expect(read).toMatchObject({
      kind: 'read',
      state: v2,
      problem: { kind: 'partial', feature: 'guide', lost: [{ part: 'decision', count: 1 }] },
    });
    const whole = readStored(guideData, stored({ ...v2, decision: 'robot' }, 2));
    expect(whole).toMatchObject({
      kind: 'read',
      state: { ...v1, decision: {} },
      problem: { lost: [{ part: 'decision', count: 1 }] },
    });
  });

  it('leaves a value from a newer version (3) untouched and says so', () => {
    const newer = stored({ ...v2, mood: 'calm' }, 3);
    expect(readStored(guideData, newer)).toEqual({
      kind: 'newer',
      problem: { kind: 'newer-version', feature: 'guide' },
    });
    expect(readVersioned(guideData, 3, JSON.parse(newer).state)).toEqual({ kind: 'newer', version: 3 });
  });
});

// Compare version 2 replaces the two agreement answers with a mark per row, and adds timing.
describe('compare: version 1 to version 2', () => {
  const v1 = released.data.compare;
  const stored = (state: unknown, version: number) => JSON.stringify({ state, version });
  const stepped = {
    opinions: v1.opinions.map((o) => ({ ...o, timing: '' })),
    marks: { diagnosis: 'partly', plan: 'no' },
    importance: v1.importance,
    ratings: v1.ratings,
    sure: v1.sure,
  };

  it('steps a stored version-1 value up with its agreement answers as the marks on those rows', () => {
    expect(readStored(compareData, released.stored['sog.compare'])).toEqual({
      kind: 'read',
      state: stepped,
      problem: null,
      rewrite: true,
    });
  });

  it('carries only the answers given: an unanswered question leaves its row unmarked', () => {
    const read = readVersioned(compareData, 1, { ...v1, agreement: { diagnosis: null, plan: 'yes' } });
    expect(read).toMatchObject({ kind: 'read', value: { marks: { plan: 'yes' } }, dropped: [] });
    if (read.kind === 'read') expect(read.value.marks).toEqual({ plan: 'yes' });
  });

  it('reads a version-2 value back as it was, and leaves out a bad mark, naming it', () => {
    const v2 = { ...stepped, marks: { ...stepped.marks, timing: 'yes' } };
    expect(readStored(compareData, stored(v2, 2))).toMatchObject({ kind: 'read', state: v2, rewrite: false });
    const bad = readStored(
      compareData,
      stored({ ...v2, marks: { ...v2.marks, risks: 'maybe', name: 'yes' } }, 2),
    );
    expect(bad).toMatchObject({
      kind: 'read',
      state: v2,
      problem: { kind: 'partial', feature: 'compare', lost: [{ part: 'marks', count: 2 }] },
    });
  });
});
