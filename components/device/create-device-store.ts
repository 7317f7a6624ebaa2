'use client';

import { create } from 'zustand';
import type { Feature } from '@/lib/storage/feature';
import { deviceStorage, readStored, type StorageProblem, storedText } from '@/lib/storage/safe-storage';

export interface DeviceStoreApi<S> {
  /** False until this device's storage has been read (and in the server HTML). */
  ready: boolean;
  /** Why saved data could not all be used, shown as a notice; never saved itself. */
  problem: StorageProblem | null;
  /**
   * Saves a new state. Pass a transition `(current) => next` so it applies to what is stored now,
   * including changes another tab made a moment ago.
   */
  replace: (next: S | ((current: S) => S)) => void;
  /** Back to empty, with nothing left in storage (data from a newer version too: the person asked). */
  reset: () => void;
  dismissProblem: () => void;
}

/**
 * A feature's store, kept in this browser's localStorage under the feature's key: read through every
 * version of its data, following what other tabs write (the `storage` event), and never writing over
 * data from a newer version of the guide. It is read after mount (see useDeviceStore) so the server
 * HTML and the first client render match.
 */
export function createDeviceStore<S extends object>(feature: Feature<string, S> & { key: string }) {
  const { key, empty } = feature;
  const fields = Object.keys(empty) as (keyof S)[];
  const pick = (state: S): S => Object.fromEntries(fields.map((name) => [name, state[name]])) as S;
  // Data from a newer version is stored: leave it as it is. Or a write failed: memory is ahead of storage.
  let blocked = false;
  let memoryAhead = false;
  let started = false;

  /** What is stored now, or what this page holds when storage cannot be trusted to have it. */
  function current(): S {
    if (blocked || memoryAhead) return pick(store.getState());
    const read = readStored(feature, deviceStorage.get(key));
    if (read.kind === 'read') return read.state;
    return read.kind === 'empty' ? empty : pick(store.getState());
  }
  function write(state: S) {
    if (blocked) return;
    memoryAhead = !deviceStorage.set(key, storedText(feature, state));
  }

  const store = create<S & DeviceStoreApi<S>>()((set) => ({
    ...empty,
    ready: false,
    problem: null,
    replace: (next) => {
      const state = typeof next === 'function' ? next(current()) : next;
      write(state);
      set(state as Partial<S & DeviceStoreApi<S>>);
    },
    reset: () => {
      deviceStorage.remove(key);
      blocked = false;
      memoryAhead = false;
      set({ ...empty } as Partial<S & DeviceStoreApi<S>>);
    },
    dismissProblem: () => set({ problem: null } as Partial<S & DeviceStoreApi<S>>),
  }));

  /** Takes in what is stored under the key (at start, or after another tab changed it). */
  function load(raw: string | null | undefined, rewrite: boolean) {
    const read = readStored(feature, raw);
    blocked = read.kind === 'newer';
    memoryAhead = false;
    if (read.kind === 'read') {
      if (rewrite && read.rewrite) deviceStorage.set(key, storedText(feature, read.state));
      store.setState({ ...read.state, ready: true, ...(read.problem ? { problem: read.problem } : {}) });
      return;
    }
    if (read.kind === 'unreadable' && rewrite) deviceStorage.remove(key);
    store.setState({
      ...empty,
      ready: true,
      ...(read.kind === 'empty' ? {} : { problem: read.problem }),
    });
  }

  /** Reads storage once and follows other tabs from then on; safe to call from every component. */
  function start() {
    if (started || typeof window === 'undefined') return;
    started = true;
    load(deviceStorage.get(key), true);
    window.addEventListener('storage', (event) => {
      // key null: another tab cleared the whole storage.
      if (event.key === key || event.key === null) load(event.key === null ? null : event.newValue, false);
    });
  }

  return Object.assign(store, { key, feature, pick, start, current });
}

export type DeviceStore<S extends object> = ReturnType<typeof createDeviceStore<S>>;
