import type { Feature } from './feature';
import { describeDropped, type DroppedCount, readVersioned } from './versioned';

/**
 * Why saved data could not all be used; shown as a notice on whichever page read it. `feature` is the
 * feature's kind ("prepare"): the notice finds its words in the messages.
 */
export type StorageProblem =
  /** Nothing in it could be read, so it was cleared. */
  | { kind: 'unreadable'; feature: string }
  /** Some parts could not be read and were left out; `lost` counts them by part ("2 ticks"). */
  | { kind: 'partial'; feature: string; lost: DroppedCount[] }
  /** Written by a newer version of the guide: kept untouched, and this version will not write over it. */
  | { kind: 'newer-version'; feature: string };

/** The stored envelope, as zustand's persist wrote it in release 0.1: `{ state, version }`. */
export interface Stored<T> {
  state: T;
  version: number;
}

export type ReadStored<T> =
  | { kind: 'empty' }
  | {
      kind: 'read';
      state: T;
      problem: StorageProblem | null;
      /** true when what is stored should be rewritten (migrated or mended) */ rewrite: boolean;
    }
  | { kind: 'newer'; problem: StorageProblem }
  | { kind: 'unreadable'; problem: StorageProblem };

/** Reads the text stored under a feature's key. Never throws. */
export function readStored<T>(feature: Feature<string, T>, raw: string | null | undefined): ReadStored<T> {
  const name = feature.kind;
  if (raw === null || raw === undefined) return { kind: 'empty' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', problem: { kind: 'unreadable', feature: name } };
  }
  const { state, version } = (typeof envelope === 'object' && envelope !== null ? envelope : {}) as Partial<
    Stored<unknown>
  >;
  const read = readVersioned(feature, version, state);
  if (read.kind === 'newer') return { kind: 'newer', problem: { kind: 'newer-version', feature: name } };
  if (read.kind === 'unreadable')
    return { kind: 'unreadable', problem: { kind: 'unreadable', feature: name } };
  const lost = describeDropped(feature.parts, read.dropped);
  return {
    kind: 'read',
    state: read.value,
    problem: lost.length > 0 ? { kind: 'partial', feature: name, lost } : null,
    rewrite: lost.length > 0 || read.from !== feature.versions.at(-1)?.version,
  };
}

/** The current version's envelope, as text to store. */
export function storedText<T>(feature: Feature<string, T>, state: T): string {
  return JSON.stringify({ state, version: feature.versions.at(-1)?.version ?? 0 } satisfies Stored<T>);
}

const local = (): Storage | undefined => (typeof window === 'undefined' ? undefined : window.localStorage);

/** localStorage that never throws: undefined when it is blocked, null when nothing is there. */
export const deviceStorage = {
  get(key: string, storage = local): string | null | undefined {
    try {
      return storage()?.getItem(key);
    } catch {
      return undefined;
    }
  },
  /** False when the write failed (storage full or blocked): the page keeps working from memory. */
  set(key: string, value: string, storage = local): boolean {
    try {
      storage()?.setItem(key, value);
      return storage() !== undefined;
    } catch {
      return false;
    }
  },
  remove(key: string, storage = local): void {
    try {
      storage()?.removeItem(key);
    } catch {
      // Blocked storage: nothing was kept there.
    }
  },
};
