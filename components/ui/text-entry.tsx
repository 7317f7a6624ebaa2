'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useState, useSyncExternalStore } from 'react';
import { CharacterCount, useCountMessage } from './limited-text';
import { PrintValue } from './print-value';
import { buttonClass, secondaryButtonClass } from './styles';
import { FieldLabel } from './field-label';

interface TextEntryProps {
  label: string;
  submitText: string;
  initialValue?: string;
  /** Returns the message to show, or null when the text is fine. */
  validate: (value: string) => string | null;
  onSubmit: (value: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** Shown as plain text under the label. */
  hint?: string;
  /**
   * The most characters `validate` accepts: near it a count shows (GOV.UK style). The field itself
   * takes more, so a long paste stays in view to be shortened instead of being cut quietly.
   */
  limit?: number;
  /** A session storage key: what is typed survives a reload of this tab until it is added. */
  draftKey?: string;
}

// A draft changes only through this box, so there is nothing to listen to.
const noChange = () => () => {};

function readDraft(key: string | undefined): string | null {
  if (!key) return null;
  try {
    return window.sessionStorage.getItem(key) || null;
  } catch {
    return null;
  }
}

function keepDraft(key: string | undefined, value: string) {
  if (!key) return;
  try {
    if (value) window.sessionStorage.setItem(key, value);
    else window.sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: the box works, it just forgets on reload.
  }
}

/** A labelled text field with a button, GOV.UK-style inline error, and a cleared field after adding. */
export function TextEntry({
  label,
  submitText,
  initialValue = '',
  validate,
  onSubmit,
  onCancel,
  autoFocus,
  hint,
  limit,
  draftKey,
}: TextEntryProps) {
  const t = useTranslations('ui');
  const countMessage = useCountMessage();
  const id = useId();
  // Until the person types, the box holds the draft kept for this tab, read once the page is in the
  // browser (the prerendered page has none); after that, what they type.
  const draft = useSyncExternalStore(
    noChange,
    () => readDraft(draftKey),
    () => null,
  );
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? draft ?? initialValue;
  const [error, setError] = useState<string | null>(null);
  const change = (next: string) => {
    setTyped(next);
    keepDraft(draftKey, next);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validate(value);
    setError(problem);
    if (problem) {
      document.getElementById(id)?.focus();
      return;
    }
    onSubmit(value.trim());
    change('');
  }

  const count = limit ? countMessage(value.trim().length, limit) : null;
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', count ? `${id}-count` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <>
      {/* An add or edit form is of no use on paper; an item being edited prints as its text. */}
      <form
        onSubmit={submit}
        noValidate
        className={`mt-4 print:hidden ${error ? 'border-l-4 border-warn pl-4' : ''}`}
      >
        <FieldLabel id={id} label={label} hint={hint} />
        {error && (
          <p id={`${id}-error`} className="mt-1 font-bold text-warn">
            <span className="sr-only">{t('errorPrefix')} </span>
            {error}
          </p>
        )}
        <div className="mt-2 flex flex-wrap gap-3">
          <input
            id={id}
            type="text"
            value={value}
            // Right-to-left scripts (Arabic, Hebrew) lay out from the right, as typed.
            dir="auto"
            onChange={(event) => change(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            // Focus moves here when the person asked to edit, so they can type straight away.
            autoFocus={autoFocus}
            className={`min-w-0 flex-1 basis-64 border-2 px-3 py-2 ${error ? 'border-warn' : 'border-ink'}`}
          />
          <button type="submit" className={buttonClass}>
            {submitText}
          </button>
          {onCancel && (
            <button type="button" className={secondaryButtonClass} onClick={onCancel}>
              {t('cancel')}
            </button>
          )}
        </div>
        {limit && <CharacterCount id={`${id}-count`} length={value.trim().length} max={limit} />}
      </form>
      <PrintValue value={initialValue} />
    </>
  );
}
