'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { secondaryButtonClass } from '@/components/ui/styles';

/** A read-only link with a Copy button that says out loud when it worked. */
export function CopyLink({ label, url }: { label: string; url: string }) {
  const t = useTranslations('ui.copyLink');
  const id = useId();
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('copied'));
    } catch {
      // Clipboard blocked: select the link so the person can copy it themselves.
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.select();
      setStatus(t('failed'));
    }
  }

  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-3">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
          className="min-w-0 flex-1 basis-64 border-2 border-ink bg-pale px-3 py-2 font-mono text-sm"
        />
        <button type="button" className={secondaryButtonClass} onClick={copy}>
          {t('button')}
        </button>
      </div>
      <p role="status" className="mt-2 min-h-[1.5rem] font-semibold">
        {status}
      </p>
    </div>
  );
}
