'use client';

import { useEffect, useState } from 'react';
import type { ClinicLookup } from '@/lib/share/clinic-session';
import { CLINIC_PARAM, CLINIC_SESSION_KEY, fragmentValue } from '@/lib/share/fragment';
import type { ShareErrorCode } from '@/lib/share/codec';
import { ClinicDetails, type ClinicDetailsWords } from './clinic-details';

/** The banner's words, given by the root layout in the page's language (no messages runtime on content pages). */
export interface ClinicBannerWords extends ClinicDetailsWords {
  /** "The clinic details in this link could not be read." */
  unreadable: string;
  stillUse: string;
  problems: Record<ShareErrorCode, string>;
}

/**
 * Shows which clinic shared the guide, on the page a clinic's link opens and on later pages in the
 * same browser session. The decoder loads only when there is a clinic to read, so pages stay light.
 */
export function ClinicBanner({ words }: { words: ClinicBannerWords }) {
  const [lookup, setLookup] = useState<ClinicLookup>(null);
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    const payload = fragmentValue(window.location.hash, CLINIC_PARAM);
    let stored = false;
    try {
      stored = window.sessionStorage.getItem(CLINIC_SESSION_KEY) !== null;
    } catch {
      // Session storage blocked.
    }
    if (payload === null && !stored) return;
    void import('@/lib/share/clinic-session').then(({ readClinic }) => {
      let session: Storage | undefined;
      try {
        session = window.sessionStorage;
      } catch {
        session = undefined;
      }
      setLookup(readClinic(payload, session));
    });
  }, []);

  if (!lookup || hidden) return null;
  if ('problem' in lookup) {
    return (
      <div role="status" className="mb-8 max-w-prose border-l-8 border-warn bg-warn-bg p-4">
        <p className="font-semibold">
          {words.unreadable} {words.problems[lookup.problem]}
        </p>
        <p className="mt-1">{words.stillUse}</p>
      </div>
    );
  }
  return <ClinicDetails clinic={lookup.clinic} words={words} onHide={() => setHidden(true)} />;
}
