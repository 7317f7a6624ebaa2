'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { useGuideStore } from './guide-store';

const { persist } = useGuideStore;

/** The guide's stored state, read from this device once the page has mounted; `ready` is false in server HTML. */
export function useGuide() {
  const store = useGuideStore();
  const ready = useSyncExternalStore(persist.onFinishHydration, persist.hasHydrated, () => false);
  useEffect(() => {
    if (!persist.hasHydrated()) void persist.rehydrate();
  }, []);
  return { ...store, ready };
}
