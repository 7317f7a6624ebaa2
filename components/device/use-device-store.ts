'use client';

import { useEffect, useSyncExternalStore } from 'react';
import type { DeviceStore } from './create-device-store';

/** A device store's state once it has been read from this device; `ready` is false in server HTML. */
export function useDeviceStore<S extends object>(store: DeviceStore<S>) {
  const state = store();
  const { persist } = store;
  const ready = useSyncExternalStore(persist.onFinishHydration, persist.hasHydrated, () => false);
  useEffect(() => {
    if (!persist.hasHydrated()) void persist.rehydrate();
  }, [persist]);
  return { ...state, saved: store.pick(state), ready };
}
