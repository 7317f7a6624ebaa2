'use client';

import { useEffect, useState } from 'react';
import type { ClinicLookup } from '@/lib/share/clinic-session';
import { CLINIC_PARAM, CLINIC_SESSION_KEY, fragmentValue } from '@/lib/share/fragment';
import type { ShareErrorCode } from '@/lib/share/codec';
import type { Clinic } from '@/lib/share/clinic';
import {
  ClinicDetails,
  type ClinicDetailsWords,
  ClinicMore,
  SharedBy,
  sharedByLabel,
} from './clinic-details';

/** The banner's words, given by the root layout in the page's language (no messages runtime on content pages). */
export interface ClinicBannerWords extends ClinicDetailsWords {
  /** "The clinic details in this link could not be read." */
  unreadable: string;
  stillUse: string;
  problems: Record<ShareErrorCode, string>;
  /** "Details": opens the rest of the box on a phone. */
  more: string;
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
  const onHide = () => setHidden(true);
  return (
    <>
      <CompactClinic clinic={lookup.clinic} words={words} onHide={onHide} />
      {/* On wide screens, and always on paper, the whole box as before. */}
      <div className="hidden sm:block print:block">
        <ClinicDetails clinic={lookup.clinic} words={words} onHide={onHide} />
      </div>
    </>
  );
}

/**
 * On a phone the full box would fill the first screen, so it shows the clinic's name on one or two
 * lines and keeps the rest behind a native disclosure. Only one of the two boxes is ever displayed,
 * so a screen reader meets it once.
 */
function CompactClinic({
  clinic,
  words,
  onHide,
}: {
  clinic: Clinic;
  words: ClinicBannerWords;
  onHide: () => void;
}) {
  return (
    <section
      aria-label={sharedByLabel(clinic, words)}
      className="mb-6 border-l-8 border-brand bg-pale px-3 py-2 sm:hidden print:hidden"
    >
      <details className="group">
        <summary className="flex cursor-pointer list-none items-baseline justify-between gap-3 [&::-webkit-details-marker]:hidden">
          <span className="min-w-0 break-words">
            <SharedBy clinic={clinic} words={words} />
          </span>
          <span className="shrink-0 text-brand underline">
            {words.more}
            <span aria-hidden="true" className="ml-1 inline-block group-open:rotate-180">
              ▾
            </span>
          </span>
        </summary>
        <div className="mt-1">
          <ClinicMore clinic={clinic} words={words} onHide={onHide} />
        </div>
      </details>
    </section>
  );
}
