'use client';

import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

/** Where the browser offers it, the Navigation API also reports moves made by the framework's own router. */
function navigationApi(): EventTarget | undefined {
  return (window as Window & { navigation?: EventTarget }).navigation;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  navigationApi()?.addEventListener('currententrychange', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
    navigationApi()?.removeEventListener('currententrychange', onChange);
  };
}

/**
 * The page's URL fragment, which never reaches any server. Null until it has been read in the
 * browser (the prerendered HTML cannot know it).
 */
export function useLocationHash(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => null,
  );
}

/** Moves to another fragment of this page: a new history entry, or in place of the current one. */
export function goToHash(href: string, replace = false) {
  if (href === window.location.hash) return;
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  listeners.forEach((listener) => listener());
}
