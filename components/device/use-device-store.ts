'use client';

import { useEffect } from 'react';
import type { DeviceStore } from './create-device-store';

/** A device store's state, read from this device after mount; `ready` is false in server HTML. */
export function useDeviceStore<S extends object>(store: DeviceStore<S>) {
  const state = store();
  useEffect(() => store.start(), [store]);
  return { ...state, saved: store.pick(state) };
}
