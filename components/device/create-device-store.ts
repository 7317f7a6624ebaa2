'use client';

import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createSafeStorage, type Schema, type StorageProblem } from '@/lib/storage/safe-storage';

export interface DeviceStoreApi<S> {
  /** Why saved data could not be used, shown once as a notice; never saved itself. */
  problem: StorageProblem | null;
  /** Replaces the saved state with the result of a pure transition. */
  replace: (state: S) => void;
  reset: () => void;
  dismissProblem: () => void;
}

/**
 * A store kept in this browser's localStorage under `key`: versioned, checked with `schema` when
 * read back, and never written anywhere else. It is read after mount (see useDeviceStore) so the
 * server HTML and the first client render match.
 */
export function createDeviceStore<S extends object>(
  key: string,
  schema: Schema<S>,
  version: number,
  initial: S,
) {
  const pick = (state: S & DeviceStoreApi<S>): S =>
    Object.fromEntries(Object.keys(initial).map((name) => [name, state[name as keyof S]])) as S;
  const store = create<S & DeviceStoreApi<S>>()(
    persist(
      (set) => ({
        ...initial,
        problem: null,
        replace: (state) => set(state as Partial<S & DeviceStoreApi<S>>),
        reset: () => set(initial as Partial<S & DeviceStoreApi<S>>),
        dismissProblem: () => set({ problem: null } as Partial<S & DeviceStoreApi<S>>),
      }),
      {
        name: key,
        version,
        storage: createSafeStorage(schema, version, (problem) =>
          store.setState({ problem } as Partial<S & DeviceStoreApi<S>>),
        ),
        partialize: pick,
        skipHydration: true,
      },
    ),
  );
  return Object.assign(store, { key, pick });
}

export type DeviceStore<S extends object> = ReturnType<typeof createDeviceStore<S>>;
