'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useSyncExternalStore } from 'react';
import { secondaryButtonClass } from '@/components/ui/styles';

interface CopyLinkProps {
  label: string;
  url: string;
  /** What the phone's share menu shows with the link (a title and one line). */
  share?: { title: string; text: string };
}

/** Whether a browser has a share menu does not change while the page is open. */
const noChange = () => () => {};

/** True when this browser has a share menu that takes this link. */
function canShare(url: string): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
  try {
    return navigator.canShare?.({ url }) !== false;
  } catch {
    return false;
  }
}

/**
 * A read-only link with a Copy button that says out loud when it worked, and on phones a Share
 * button that opens the phone's own share menu. Copy stays for browsers with no share menu.
 */
export function CopyLink({ label, url, share }: CopyLinkProps) {
  const t = useTranslations('ui.copyLink');
  const id = useId();
  const [status, setStatus] = useState('');
  // False in the server HTML and while hydrating, so the first render matches; then this browser's answer.
  const shareable = useSyncExternalStore(
    noChange,
    () => share !== undefined && canShare(url),
    () => false,
  );

  async function copy(copied = t('copied')) {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(copied);
    } catch {
      // Clipboard blocked: select the link so the person can copy it themselves.
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.select();
      setStatus(t('failed'));
    }
  }

  async function openShare() {
    setStatus('');
    try {
      await navigator.share({ title: share?.title, text: share?.text, url });
    } catch (error) {
      // The person closed the share menu: that is a choice, not a problem.
      // (Checked by name: a DOMException is not an Error in every realm.)
      if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError')
        return;
      await copy(t('shareFailed'));
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
        {shareable && (
          <button type="button" className={secondaryButtonClass} onClick={() => void openShare()}>
            {t('share')}
          </button>
        )}
        <button type="button" className={secondaryButtonClass} onClick={() => void copy()}>
          {t('button')}
        </button>
      </div>
      <p role="status" className="mt-2 min-h-[1.5rem] font-semibold">
        {status}
      </p>
    </div>
  );
}
