'use client';

import { useEffect, useRef, useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/styles';

/** The notice's words, given by the root layout in the page's language (no messages runtime on content pages). */
export interface UpdateNoticeWords {
  title: string;
  body: string;
  reload: string;
  later: string;
}

export const SERVICE_WORKER_URL = '/sw.js';

/** The Save-Data preference (Network Information API, Chromium browsers); other browsers do not say. */
const savesData = () =>
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * Keeps the guide on this device for use with no signal (the service worker, lib/offline/sw.ts), and
 * says so when a new version has arrived. The person chooses when to reload: their answers are in
 * this device's storage, so a reload loses nothing, but it should not happen mid-sentence.
 */
export function UpdateNotice({ words }: { words: UpdateNoticeWords }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    // `next dev` builds no service worker. A person whose browser asks sites to save data (a data
    // saver setting) is not sent the offline copy (about 2 MB): the pages work online as usual.
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || savesData()) return;
    const { serviceWorker } = navigator;
    const onControllerChange = () => {
      // The first install also takes charge of the page; only a reload the person asked for follows.
      if (asked.current) window.location.reload();
    };
    serviceWorker.addEventListener('controllerchange', onControllerChange);
    let onVisible: (() => void) | undefined;
    serviceWorker
      .register(SERVICE_WORKER_URL, { scope: '/' })
      .then((registration) => {
        // Only an update waits behind a worker already in charge; a first install needs no reload.
        const offer = () => {
          if (registration.waiting && serviceWorker.controller) setWaiting(registration.waiting);
        };
        offer();
        registration.addEventListener('updatefound', () => {
          const incoming = registration.installing;
          incoming?.addEventListener('statechange', () => {
            if (incoming.state === 'installed') offer();
          });
        });
        // A tab left open for days looks for a new version when the person comes back to it.
        onVisible = () => {
          if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
        };
        document.addEventListener('visibilitychange', onVisible);
      })
      .catch(() => {
        // No service worker (private mode, blocked): the guide works online as before.
      });
    return () => {
      serviceWorker.removeEventListener('controllerchange', onControllerChange);
      if (onVisible) document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  function reload() {
    if (!waiting) return;
    asked.current = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }

  return (
    <div aria-live="polite" className="no-print">
      {waiting && (
        <section
          aria-labelledby="update-title"
          className="fixed inset-x-0 bottom-0 z-50 border-t-4 border-brand bg-white p-4 shadow-lg"
        >
          <div className="mx-auto max-w-5xl">
            <h2 id="update-title" className="text-lg font-bold">
              {words.title}
            </h2>
            <p className="mt-1">{words.body}</p>
            <div className="mt-3 flex flex-wrap gap-3">
              <button type="button" className={buttonClass} onClick={reload}>
                {words.reload}
              </button>
              <button type="button" className={secondaryButtonClass} onClick={() => setWaiting(null)}>
                {words.later}
              </button>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
