import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createSafeStorage, type StorageProblem } from '@/lib/storage/safe-storage';

const schema = z.strictObject({ name: z.string(), count: z.number().int() });
type State = z.infer<typeof schema>;
const VERSION = 2;
const KEY = 'guide';
const good: State = { name: 'Ana', count: 3 };

/** An in-memory Storage; `failing` makes the named methods throw, as blocked or full storage does. */
function fakeStorage(
  initial: Record<string, string> = {},
  failing: ('getItem' | 'setItem' | 'removeItem')[] = [],
) {
  const items = new Map(Object.entries(initial));
  const fail = (method: string) => {
    if ((failing as string[]).includes(method))
      throw new DOMException(`${method} is blocked`, 'SecurityError');
  };
  const storage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: vi.fn((name: string) => {
      fail('getItem');
      return items.get(name) ?? null;
    }),
    setItem: vi.fn((name: string, value: string) => {
      fail('setItem');
      items.set(name, String(value));
    }),
    removeItem: vi.fn((name: string) => {
      fail('removeItem');
      items.delete(name);
    }),
  };
  return { storage, items };
}

function setup(initial: Record<string, string> = {}, failing?: Parameters<typeof fakeStorage>[1]) {
  const { storage, items } = fakeStorage(initial, failing);
  const problems: StorageProblem[] = [];
  const safe = createSafeStorage(
    schema,
    VERSION,
    (p) => problems.push(p),
    () => storage,
  );
  return { safe, storage, items, problems };
}

const envelope = (state: unknown, version: unknown = VERSION) => JSON.stringify({ state, version });

describe('createSafeStorage: reading and writing', () => {
  it('round-trips a valid state', () => {
    const { safe, items, problems } = setup();
    safe.setItem(KEY, { state: good, version: VERSION });
    expect(JSON.parse(items.get(KEY)!)).toEqual({ state: good, version: VERSION });
    expect(safe.getItem(KEY)).toEqual({ state: good, version: VERSION });
    expect(problems).toEqual([]);
  });

  it('returns null for a missing item without reporting a problem', () => {
    const { safe, problems } = setup();
    expect(safe.getItem(KEY)).toBeNull();
    expect(problems).toEqual([]);
  });

  it('removeItem removes the item', () => {
    const { safe, items } = setup({ [KEY]: envelope(good) });
    safe.removeItem(KEY);
    expect(items.has(KEY)).toBe(false);
  });

  it('leaves other items alone', () => {
    const { safe, items } = setup({ other: 'not json', [KEY]: 'not json' });
    safe.getItem(KEY);
    expect(items.get('other')).toBe('not json');
  });

  it('uses window.localStorage when no storage is given', () => {
    const problems: StorageProblem[] = [];
    const safe = createSafeStorage(schema, VERSION, (p) => problems.push(p));
    safe.setItem('safe-storage-test', { state: good, version: VERSION });
    expect(window.localStorage.getItem('safe-storage-test')).toBe(envelope(good));
    expect(safe.getItem('safe-storage-test')).toEqual({ state: good, version: VERSION });
    safe.removeItem('safe-storage-test');
    expect(window.localStorage.getItem('safe-storage-test')).toBeNull();
    expect(problems).toEqual([]);
  });

  it('does nothing, quietly, when there is no storage at all (server rendering)', () => {
    const onProblem = vi.fn();
    const safe = createSafeStorage(schema, VERSION, onProblem, () => undefined);
    expect(safe.getItem(KEY)).toBeNull();
    expect(() => safe.setItem(KEY, { state: good, version: VERSION })).not.toThrow();
    expect(() => safe.removeItem(KEY)).not.toThrow();
    expect(onProblem).not.toHaveBeenCalled();
  });
});

describe('createSafeStorage: data it cannot use is removed and reported', () => {
  const unreadable: [string, string][] = [
    ['invalid JSON', '{"state": '],
    ['plain text', 'hello'],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON list', '[1, 2]'],
    ['a state of the wrong shape', envelope({ name: 'Ana', count: 'three' })],
    ['a state with an unknown field', envelope({ ...good, extra: true })],
    ['no state', JSON.stringify({ version: VERSION })],
    ['no version', JSON.stringify({ state: good })],
    ['a version that is not a number', envelope(good, '2')],
    ['a lower version (there are no migrations yet)', envelope(good, VERSION - 1)],
  ];

  it.each(unreadable)('%s → null, item removed, "unreadable"', (_name, raw) => {
    const { safe, items, problems } = setup({ [KEY]: raw });
    expect(safe.getItem(KEY)).toBeNull();
    expect(items.has(KEY)).toBe(false);
    expect(problems).toEqual(['unreadable']);
  });

  it('a higher version → null, item removed, "newer-version"', () => {
    const { safe, items, problems } = setup({ [KEY]: envelope(good, VERSION + 1) });
    expect(safe.getItem(KEY)).toBeNull();
    expect(items.has(KEY)).toBe(false);
    expect(problems).toEqual(['newer-version']);
  });

  it('a higher version is reported as newer even when its state has a shape this version does not know', () => {
    const { safe, problems } = setup({ [KEY]: envelope({ renamed: true }, VERSION + 5) });
    expect(safe.getItem(KEY)).toBeNull();
    expect(problems).toEqual(['newer-version']);
  });

  it('after a problem, the next read starts fresh without a second report', () => {
    const { safe, problems } = setup({ [KEY]: 'broken' });
    safe.getItem(KEY);
    expect(safe.getItem(KEY)).toBeNull();
    expect(problems).toEqual(['unreadable']);
  });
});

describe('createSafeStorage: storage that throws never throws out', () => {
  it('getItem that throws → null, no problem reported', () => {
    const { safe, problems } = setup({ [KEY]: envelope(good) }, ['getItem']);
    expect(safe.getItem(KEY)).toBeNull();
    expect(problems).toEqual([]);
  });

  it('setItem that throws (full storage) is ignored', () => {
    const { safe, storage } = setup({}, ['setItem']);
    expect(() => safe.setItem(KEY, { state: good, version: VERSION })).not.toThrow();
    expect(storage.setItem).toHaveBeenCalled();
  });

  it('removeItem that throws is ignored, also when discarding bad data', () => {
    const { safe, problems } = setup({ [KEY]: 'broken' }, ['removeItem']);
    expect(() => safe.removeItem(KEY)).not.toThrow();
    expect(safe.getItem(KEY)).toBeNull();
    expect(problems).toEqual(['unreadable']);
  });

  it('a storage that cannot even be reached (window.localStorage throws) is ignored', () => {
    const onProblem = vi.fn();
    const safe = createSafeStorage(schema, VERSION, onProblem, () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(safe.getItem(KEY)).toBeNull();
    expect(() => safe.setItem(KEY, { state: good, version: VERSION })).not.toThrow();
    expect(() => safe.removeItem(KEY)).not.toThrow();
  });

  it('whatever string is stored, getItem never throws and returns null or a valid state', () => {
    const raw = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          state: fc.oneof(fc.anything(), fc.constant(good)),
          version: fc.oneof(fc.anything(), fc.integer()),
        })
        .map((value) => JSON.stringify(value) ?? ''),
    );
    fc.assert(
      fc.property(raw, fc.subarray(['getItem', 'setItem', 'removeItem'] as const), (text, failing) => {
        const { safe, problems } = setup({ [KEY]: text }, [...failing]);
        let result: ReturnType<typeof safe.getItem> = null;
        expect(() => {
          result = safe.getItem(KEY);
        }).not.toThrow();
        if (result !== null) {
          expect(schema.safeParse((result as { state: unknown }).state).success).toBe(true);
          expect((result as { version: number }).version).toBe(VERSION);
          expect(problems).toEqual([]);
        }
        expect(problems.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
