'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { secondaryButtonClass } from '@/components/ui/styles';
import type { Shared } from '@/lib/share/codec';
import { CopyLink } from './copy-link';

type Shareable = Exclude<Shared, { kind: 'clinic' }>;

interface SharePanelProps {
  /** Read when the person asks for a link, so it holds what is on screen at that moment. */
  value: () => Shareable;
  what: string;
}

/** "Share or save a copy": a link that carries the data itself, with a plain warning about who can see it. */
export function SharePanel({ value, what }: SharePanelProps) {
  const t = useTranslations('ui.sharePanel');
  const locale = useLocale();
  const [url, setUrl] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);
  const opened = url !== null;
  useEffect(() => {
    // After Close or Escape, back to the button that opened the panel rather than the page itself.
    if (opened) headingRef.current?.focus();
    else if (closing.current) buttonRef.current?.focus();
    closing.current = false;
  }, [opened]);
  const close = () => {
    closing.current = true;
    setUrl(null);
  };

  // The encoder (zod schemas of every data version, deflate, checksum) loads only when someone asks
  // for a link, so the pages that offer one stay light.
  async function open() {
    const data = value();
    const [{ shareUrl }, { ShareTooLargeError }] = await Promise.all([
      import('@/lib/share/link'),
      import('@/lib/share/codec'),
    ]);
    try {
      setUrl(shareUrl(window.location.origin, data, locale));
    } catch (error) {
      if (!(error instanceof ShareTooLargeError)) throw error;
      setUrl('');
    }
  }

  if (url === null) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className={`${secondaryButtonClass} no-print`}
        onClick={() => void open()}
      >
        {t('open')}
      </button>
    );
  }
  // An empty link means the state was too large for a link that would open again.
  const tooLong = url === '';
  return (
    <section
      aria-labelledby="share-title"
      className="no-print mt-4 w-full max-w-prose border-4 border-brand p-4"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <h2 id="share-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        {t('title', { what })}
      </h2>
      {tooLong ? (
        <p className="mt-2">{t('tooLong')}</p>
      ) : (
        <>
          <p className="mt-2 border-l-8 border-warn bg-warn-bg p-3 font-semibold">{t('warning')}</p>
          <p className="mt-2">{t('holds', { what })}</p>
          <CopyLink label={t('label')} url={url} share={{ title: t('shareTitle'), text: t('shareText') }} />
        </>
      )}
      <button type="button" className="mt-2 text-base text-brand underline" onClick={close}>
        {t('close')}
      </button>
    </section>
  );
}
