'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** True on a question reached from a Change link (`?change=1`). False in the prerendered HTML. */
export function useChangeMode(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).get('change') === '1',
    () => false,
  );
}
