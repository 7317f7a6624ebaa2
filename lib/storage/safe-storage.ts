export interface Stored<T> {
  state: T;
  version?: number;
}

/** Any zod schema (full or mini): all the storage needs is safeParse. */
export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

export type StorageProblem = 'unreadable' | 'newer-version';

/**
 * A zustand-compatible storage over localStorage that never throws: data that is not valid JSON,
 * does not match the schema, or comes from a newer version is removed and reported, and the store
 * starts fresh. Writes fail quietly where storage is full or blocked.
 */
export function createSafeStorage<T>(
  schema: Schema<T>,
  version: number,
  onProblem: (problem: StorageProblem) => void,
  storage: () => Storage | undefined = () =>
    typeof window === 'undefined' ? undefined : window.localStorage,
) {
  const discard = (name: string, problem: StorageProblem) => {
    try {
      storage()?.removeItem(name);
    } catch {
      // Storage blocked: nothing to remove.
    }
    onProblem(problem);
    return null;
  };
  return {
    getItem(name: string): Stored<T> | null {
      let raw: string | null | undefined;
      try {
        raw = storage()?.getItem(name);
      } catch {
        return null;
      }
      if (raw === null || raw === undefined) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return discard(name, 'unreadable');
      }
      const envelope = parsed as Partial<Stored<unknown>> | null;
      if (typeof envelope?.version === 'number' && envelope.version > version)
        return discard(name, 'newer-version');
      const state = schema.safeParse(envelope?.state);
      if (!state.success || envelope?.version !== version) return discard(name, 'unreadable');
      return { state: state.data, version };
    },
    setItem(name: string, value: Stored<T>) {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // Full or blocked storage: the page keeps working with what it holds in memory.
      }
    },
    removeItem(name: string) {
      try {
        storage()?.removeItem(name);
      } catch {
        // Blocked storage: nothing to remove.
      }
    },
  };
}
