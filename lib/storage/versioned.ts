import { type DroppedPath, salvage, type Schema } from './salvage';

/** One released shape of a feature's data. Frozen once released: a change is a new version. */
export interface DataVersion {
  version: number;
  schema: Schema;
  /** The value a required part falls back to when what was saved cannot be read. */
  empty: unknown;
  /** Turns a valid value of the version before into this one (absent on the first version). */
  up?: (previous: never) => unknown;
}

/** A feature's saved data: every version it has had, oldest first; the last is the one in use. */
export interface VersionedData<T> {
  versions: readonly DataVersion[];
  empty: T;
}

export type ReadResult<T> =
  /** `dropped` lists what could not be kept; `from` is the version the data was written with. */
  | { kind: 'read'; value: T; from: number; dropped: DroppedPath[] }
  /** Written by a newer version of the guide: left as it is. */
  | { kind: 'newer'; version: number }
  /** Not even the outline could be read (not an object, or no known version). */
  | { kind: 'unreadable' };

export const currentVersion = (data: VersionedData<unknown>) => data.versions.at(-1)?.version ?? 0;

/**
 * Reads data written at `version`: keeps its valid parts at that version, then migrates it one
 * version at a time to the current one. Never throws.
 */
export function readVersioned<T>(data: VersionedData<T>, version: unknown, value: unknown): ReadResult<T> {
  if (typeof version !== 'number' || !Number.isInteger(version)) return { kind: 'unreadable' };
  if (version > currentVersion(data)) return { kind: 'newer', version };
  const start = data.versions.findIndex((v) => v.version === version);
  const first = data.versions[start];
  if (!first) return { kind: 'unreadable' };
  try {
    const kept = salvage(first.schema, value, first.empty);
    if (!kept) return { kind: 'unreadable' };
    const dropped = [...kept.dropped];
    let current: unknown = kept.value;
    for (const step of data.versions.slice(start + 1)) {
      const migrated = salvage(step.schema, step.up?.(current as never), step.empty);
      if (!migrated) return { kind: 'unreadable' };
      dropped.push(...migrated.dropped);
      current = migrated.value;
    }
    return { kind: 'read', value: current as T, from: version, dropped };
  } catch {
    return { kind: 'unreadable' };
  }
}

/**
 * How many things were left out of one part of a feature's data; `part` is a top-level field named in
 * the feature's `parts`, or '' for anything else. Words come from the messages ("2 questions in your list").
 */
export interface DroppedCount {
  part: string;
  count: number;
}

/** What was left out, counted by the part of the data it was in, in the order of the parts. */
export function describeDropped(
  parts: Record<string, unknown>,
  dropped: readonly DroppedPath[],
): DroppedCount[] {
  const counts = new Map<string, number>();
  for (const path of dropped) {
    const part = typeof path[0] === 'string' && Object.hasOwn(parts, path[0]) ? path[0] : '';
    counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  const order = [...Object.keys(parts), ''];
  return [...counts]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([part, count]) => ({ part, count }));
}
