import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { guideData } from '@/lib/guide/data';
import { prepareData } from '@/lib/prepare/data';
import { deviceStorage, readStored, storedText } from '@/lib/storage/safe-storage';

const envelope = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version });
const ticks = {
  ticked: ['records/imaging', 'custom/c1'],
  custom: [{ id: 'c1', listId: 'records', text: 'Scans' }],
};

/** An in-memory Storage whose methods can be made to throw, as blocked or full storage does. */
function fakeStorage(failing: ('getItem' | 'setItem' | 'removeItem')[] = []) {
  const items = new Map<string, string>();
  const call =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
    (...args: A) => {
      if ((failing as string[]).includes(name)) throw new DOMException(`${name} is blocked`, 'SecurityError');
      return fn(...args);
    };
  const storage = {
    getItem: vi.fn(call('getItem', (key: string) => items.get(key) ?? null)),
    setItem: vi.fn(call('setItem', (key: string, value: string) => void items.set(key, value))),
    removeItem: vi.fn(call('removeItem', (key: string) => void items.delete(key))),
  } as unknown as Storage;
  return { storage, items };
}

describe('readStored', () => {
  it('nothing stored is empty, with no problem', () => {
    expect(readStored(prepareData, null)).toEqual({ kind: 'empty' });
    expect(readStored(prepareData, undefined)).toEqual({ kind: 'empty' });
  });

  it('reads what this version wrote, with nothing to rewrite', () => {
    expect(readStored(prepareData, storedText(prepareData, ticks))).toEqual({
      kind: 'read',
      state: ticks,
      problem: null,
      rewrite: false,
    });
  });

  it('text that is not JSON, or JSON without a known version, cannot be read', () => {
    for (const raw of [
      '',
      '{',
      'null',
      '[]',
      '"text"',
      envelope(ticks, '1'),
      envelope(ticks, 0),
      envelope(ticks, 1.5),
    ])
      expect(readStored(prepareData, raw)).toEqual({
        kind: 'unreadable',
        problem: { kind: 'unreadable', feature: 'prepare' },
      });
  });

  it('data from a newer version is reported and not read, whatever its shape', () => {
    for (const state of [ticks, { something: 'new' }, null])
      expect(readStored(prepareData, envelope(state, 2))).toEqual({
        kind: 'newer',
        problem: { kind: 'newer-version', feature: 'prepare' },
      });
  });

  it('one bad field costs only itself: the rest is kept, what was left out is named, and it is rewritten', () => {
    const raw = envelope({ ...ticks, ticked: [...ticks.ticked, 42, 'records/imaging'], extra: true });
    expect(readStored(prepareData, raw)).toEqual({
      kind: 'read',
      state: ticks,
      problem: {
        kind: 'partial',
        feature: 'prepare',
        lost: [
          { part: 'ticked', count: 2 },
          { part: '', count: 1 },
        ],
      },
      rewrite: true,
    });
  });

  it('a bad answer in the guide leaves every other answer, the perspective and the SURE check', () => {
    const raw = envelope({
      perspective: 'self',
      answers: { 'serious-diagnosis': 'yes', 'surgery-recommended': 'y'.repeat(81) },
      sure: { sure: 'yes', values: 'perhaps' },
    });
    expect(readStored(guideData, raw)).toMatchObject({
      kind: 'read',
      state: { perspective: 'self', answers: { 'serious-diagnosis': 'yes' }, sure: { sure: 'yes' } },
      problem: {
        feature: 'guide',
        lost: [
          { part: 'answers', count: 1 },
          { part: 'sure', count: 1 },
        ],
      },
    });
  });

  it('never throws, and gives back only valid data, whatever text is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => envelope(v)),
        ),
        (raw) => {
          const read = readStored(prepareData, raw);
          if (read.kind === 'read')
            expect(prepareData.versions[0]!.schema.safeParse(read.state).success).toBe(true);
        },
      ),
    );
  });
});

describe('deviceStorage', () => {
  it('reads, writes and removes', () => {
    const { storage, items } = fakeStorage();
    expect(deviceStorage.set('k', 'v', () => storage)).toBe(true);
    expect(deviceStorage.get('k', () => storage)).toBe('v');
    deviceStorage.remove('k', () => storage);
    expect(items.has('k')).toBe(false);
    expect(deviceStorage.get('k', () => storage)).toBeNull();
  });

  it('never throws when storage is blocked or full: a read is undefined and a write says it failed', () => {
    const { storage } = fakeStorage(['getItem', 'setItem', 'removeItem']);
    expect(deviceStorage.get('k', () => storage)).toBeUndefined();
    expect(deviceStorage.set('k', 'v', () => storage)).toBe(false);
    expect(() => deviceStorage.remove('k', () => storage)).not.toThrow();
  });

  it('with no storage at all (server rendering) reads undefined and writes nothing', () => {
    expect(deviceStorage.get('k', () => undefined)).toBeUndefined();
    expect(deviceStorage.set('k', 'v', () => undefined)).toBe(false);
  });
});

describe('readStored and hostile keys', () => {
  it('a "__proto__" or "constructor" key is left out and named, and pollutes nothing', () => {
    for (const raw of [
      '{"state":{"__proto__":{"polluted":true},"ticked":["records/imaging"],"custom":[]},"version":1}',
      '{"state":{"constructor":{"prototype":{"polluted":true}},"ticked":["records/imaging"],"custom":[]},"version":1}',
    ]) {
      const read = readStored(prepareData, raw);
      expect(read).toMatchObject({ kind: 'read', problem: { lost: [{ part: '', count: 1 }] } });
      if (read.kind === 'read') expect(read.state).toEqual({ ticked: ['records/imaging'], custom: [] });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
