'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';
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
      {count && (
        <p id={`${id}-count`} className="mt-1 text-base text-ink-muted print:hidden">
          {count}
        </p>
      )}
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
