'use client';

import { useEffect, useRef, useState } from 'react';
import { secondaryButtonClass } from '@/components/ui/styles';
import { ShareTooLargeError, type Shared } from '@/lib/share/codec';
import { shareUrl } from '@/lib/share/link';
import { CopyLink } from './copy-link';

type Shareable = Exclude<Shared, { kind: 'clinic' }>;

interface SharePanelProps {
  /** Read when the person asks for a link, so it holds what is on screen at that moment. */
  value: () => Shareable;
  what: string;
}

/** "Share or save a copy": a link that carries the data itself, with a plain warning about who can see it. */
export function SharePanel({ value, what }: SharePanelProps) {
  const [url, setUrl] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opened = url !== null;
  useEffect(() => {
    if (opened) headingRef.current?.focus();
  }, [opened]);

  function open() {
    try {
      setUrl(shareUrl(window.location.origin, value()));
    } catch (error) {
      if (!(error instanceof ShareTooLargeError)) throw error;
      setUrl('');
    }
  }

  if (url === null) {
    return (
      <button type="button" className={`${secondaryButtonClass} no-print`} onClick={open}>
        Share or save a copy
      </button>
    );
  }
  // An empty link means the state was too large for a link that would open again.
  const tooLong = url === '';
  return (
    <section
      aria-labelledby="share-title"
      className="no-print mt-4 w-full max-w-prose border-4 border-brand p-4"
    >
      <h2 id="share-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        Share or save a copy of {what}
      </h2>
      {tooLong ? (
        <p className="mt-2">
          There is too much here to fit in a link. You can print the page instead, or remove some items and
          try again.
        </p>
      ) : (
        <>
          <p className="mt-2 border-l-8 border-warn bg-warn-bg p-3 font-semibold">
            Anyone who has this link can see what is in it. Only send it to people you trust.
          </p>
          <p className="mt-2">
            The link holds a copy of {what} itself. Nothing is stored on any server. Open it on another device
            to see the copy and save it there.
          </p>
          <CopyLink label="Link to share" url={url} />
        </>
      )}
      <button type="button" className="mt-2 text-base text-brand underline" onClick={() => setUrl(null)}>
        Close
      </button>
    </section>
  );
}
