'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { buttonClass, secondaryButtonClass, warningButtonClass } from '@/components/ui/styles';

interface SaveSharedProps {
  what: string;
  target: { href: string; label: string };
  /** Whether this device holds something of this kind now; asked when the person chooses to save. */
  holdsData: () => boolean;
  onReplace: () => void;
  /** Offered only where merging makes sense (lists); returns how many shared entries did not fit. */
  onKeepBoth?: () => number;
}

/** Saves a shared copy; when the device already holds data, it asks first and never overwrites silently. */
export function SaveShared({ what, target, holdsData, onReplace, onKeepBoth }: SaveSharedProps) {
  const t = useTranslations('share.save');
  const [step, setStep] = useState<'idle' | 'asking' | 'saved'>('idle');
  const [how, setHow] = useState('');
  const focusRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Set by Cancel or Escape: focus goes back to the button that asked, never to the page itself.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (step !== 'idle') focusRef.current?.focus();
    else if (returnFocus.current) buttonRef.current?.focus();
    returnFocus.current = false;
  }, [step]);
  const cancel = () => {
    returnFocus.current = true;
    setStep('idle');
  };

  const finish = (text: string) => {
    setHow(text);
    setStep('saved');
  };
  const keepBoth = () => {
    const leftOut = onKeepBoth?.() ?? 0;
    finish(leftOut === 0 ? t('added') : t('addedExcept', { count: leftOut }));
  };
  const replace = (text: string) => {
    onReplace();
    finish(text);
  };

  if (step === 'saved') {
    return (
      <section
        aria-labelledby="saved-title"
        role="status"
        className="mt-8 max-w-prose border-l-8 border-brand bg-pale p-4"
      >
        <h2 id="saved-title" ref={focusRef} tabIndex={-1} className="text-xl font-bold">
          {t('saved')}
        </h2>
        <p className="mt-2">{how}</p>
        <p className="mt-4">
          <Link href={target.href} className={buttonClass}>
            {target.label}
          </Link>
        </p>
      </section>
    );
  }
  if (step === 'asking') {
    return (
      <section
        aria-labelledby="ask-title"
        className="mt-8 max-w-prose border-4 border-warn p-4"
        onKeyDown={(event) => {
          if (event.key === 'Escape') cancel();
        }}
      >
        <h2 id="ask-title" ref={focusRef} tabIndex={-1} className="text-xl font-bold">
          {t('already', { what })}
        </h2>
        <p className="mt-2">{onKeepBoth ? t('chooseBoth') : t('chooseReplace')}</p>
        <div className="mt-4 flex flex-wrap gap-4">
          {onKeepBoth && (
            <button type="button" className={buttonClass} onClick={keepBoth}>
              {t('keepBoth')}
            </button>
          )}
          <button type="button" className={warningButtonClass} onClick={() => replace(t('replaced'))}>
            {t('replace')}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={cancel}>
            {t('cancel')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <div className="no-print mt-8">
      <button
        ref={buttonRef}
        type="button"
        className={buttonClass}
        onClick={() => (holdsData() ? setStep('asking') : replace(t('nowYours')))}
      >
        {t('button')}
      </button>
    </div>
  );
}
