'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/styles';
import { mailtoHref } from '@/lib/letters/mailto';

interface LetterActionsProps {
  /** The letter's textarea, selected when the clipboard is blocked. */
  textId: string;
  subject: string;
  body: string;
  to: string;
}

/** Copy, print, or open in the person's own email app: the guide itself sends nothing. */
export function LetterActions({ textId, subject, body, to }: LetterActionsProps) {
  const t = useTranslations('letters.actions');
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(body);
      setStatus(t('copied'));
    } catch {
      // Clipboard blocked: select the letter so the person can copy it themselves.
      const field = document.getElementById(textId) as HTMLTextAreaElement | null;
      field?.focus();
      field?.select();
      setStatus(t('copyFailed'));
    }
  }

  return (
    <div className="no-print mt-6">
      <div className="flex flex-wrap gap-4">
        <button type="button" className={buttonClass} onClick={copy}>
          {t('copy')}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => window.print()}>
          {t('print')}
        </button>
        <a
          href={mailtoHref(to, subject, body)}
          className={secondaryButtonClass}
          aria-describedby={`${textId}-email`}
        >
          {t('email')}
        </a>
      </div>
      <p id={`${textId}-email`} className="mt-3 text-base text-ink-muted">
        {t('emailHint')}
      </p>
      <p role="status" className="mt-2 min-h-[1.5rem] font-semibold">
        {status}
      </p>
    </div>
  );
}
