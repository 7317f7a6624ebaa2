'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { COUNT_FROM, fitText } from '@/lib/fit-text';
import { PrintValue } from './print-value';

/** The GOV.UK character count's words in the page's language, or null while the text is well under the limit. */
export function useCountMessage() {
  const t = useTranslations('ui.count');
  return (length: number, max: number): string | null => {
    if (length < max * COUNT_FROM) return null;
    return length > max ? t('tooMany', { count: length - max }) : t('remaining', { count: max - length });
  };
}

/** How long typing must pause before the count is read out, so a screen reader is not talked over. */
const SPEAK_AFTER_MS = 1000;

/**
 * The GOV.UK character count under a field: from 75% of the limit it shows "You have N characters
 * remaining" (or too many), with the id `id` for the field's `aria-describedby`, and reads the count
 * out politely once typing pauses. Count only what the field will keep (trimmed, if it trims).
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const message = useCountMessage()(length, max);
  const [spoken, setSpoken] = useState('');
  const typed = useRef(false);
  useEffect(() => {
    // Not on the first render: a field that opens near its limit is described, not announced.
    if (!typed.current) {
      typed.current = true;
      return;
    }
    const timer = setTimeout(() => setSpoken(message ?? ''), SPEAK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <>
      {message && (
        <p
          id={id}
          className={`mt-1 text-base print:hidden ${length > max ? 'font-bold text-warn' : 'text-ink-muted'}`}
        >
          {message}
        </p>
      )}
      {/* Always in the page, so screen readers hear it when it changes. */}
      <p className="sr-only" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}

interface LimitedTextProps {
  id: string;
  value: string;
  /** The most characters the field keeps. */
  max: number;
  /** Gets the text that fits, never more than `max` characters. */
  onChange: (value: string) => void;
  /** A textarea with this many rows; a one-line field without it. */
  rows?: number;
  /** Ids of the field's hint, read before the count and the message. */
  describedBy?: string;
  className: string;
  /** What prints when the field is empty (blank lines to write on, or words); nothing without it. */
  printEmpty?: ReactNode;
}

/**
 * A text field with a length limit that loses nothing quietly: a paste past the limit keeps what
 * fits and says, next to the field and to screen readers, that the rest was not saved. Near the
 * limit it counts the characters left, as the GOV.UK character count does. No `maxLength`
 * attribute: with it, browsers cut a paste without a word.
 */
export function LimitedText({
  id,
  value,
  max,
  onChange,
  rows,
  describedBy,
  className,
  printEmpty,
}: LimitedTextProps) {
  const t = useTranslations('ui');
  const countMessage = useCountMessage();
  const [cut, setCut] = useState(0);
  const count = countMessage(value.length, max);
  const ids = [describedBy, count && `${id}-count`, cut && `${id}-cut`].filter(Boolean).join(' ');
  const field = {
    id,
    value,
    // Typed text in a right-to-left script (Arabic, Hebrew) lays out from the right, as the person wrote it.
    dir: 'auto',
    'aria-describedby': ids || undefined,
    // On paper a text box prints as the text it holds (below), not as a box.
    className: `${className} print:hidden`,
    onChange: (event: { target: { value: string } }) => {
      const fitted = fitText(event.target.value, max);
      // The message stays until the field is emptied, so a glance away does not hide it.
      if (fitted.cut) setCut(fitted.cut);
      else if (fitted.text === '') setCut(0);
      onChange(fitted.text);
    },
  };
  return (
    <>
      {rows ? <textarea rows={rows} {...field} /> : <input type="text" {...field} />}
      <PrintValue value={value} empty={printEmpty} />
      <CharacterCount id={`${id}-count`} length={value.length} max={max} />
      {/* Always in the page, so screen readers hear the message when it appears. */}
      <p
        id={`${id}-cut`}
        aria-live="polite"
        className="mt-2 border-l-4 border-brand bg-pale px-3 py-2 font-semibold empty:hidden"
      >
        {cut > 0 ? t('cut', { max, cut }) : null}
      </p>
    </>
  );
}
