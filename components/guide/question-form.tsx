'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { buttonClass, secondaryButtonClass } from '@/components/ui/styles';

/** A view's h1: the wizard moves focus to it after each move, so it takes focus without a focus band. */
export const viewHeadingClass =
  'text-3xl font-bold leading-tight sm:text-4xl focus:outline-none focus-visible:bg-transparent focus-visible:shadow-none';

export interface Option {
  value: string;
  label: string;
}

interface QuestionFormProps {
  name: string;
  question: string;
  hint?: string;
  options: readonly Option[];
  /** The stored answer; the form is keyed on hydration so this seeds its state once. */
  initialValue?: string;
  errorText: string;
  caption?: ReactNode;
  /** False until answers saved on this device have been read. */
  ready: boolean;
  onAnswer: (value: string) => void;
  /** For an optional question: shows "Skip this question", which moves on without an answer. */
  onSkip?: () => void;
}

/** Starts the page title with "Error: " (in the page's language) once, as GOV.UK does. */
export function markTitleAsError(prefix: string) {
  if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
}

/** Continue, and Skip for an optional question: the row of buttons under every question. */
export function FormActions({ onSkip }: { onSkip?: (() => void) | undefined }) {
  const t = useTranslations('guide.wizard');
  return (
    <div className="mt-8 flex flex-wrap items-center gap-4">
      <button type="submit" className={buttonClass}>
        {t('continue')}
      </button>
      {onSkip && (
        <button type="button" className={secondaryButtonClass} onClick={onSkip}>
          {t('skip')}
        </button>
      )}
    </div>
  );
}

/** One question per view, GOV.UK style: the question is the h1 inside the legend, with native radios. */
export function QuestionForm({
  name,
  question,
  hint,
  options,
  initialValue,
  errorText,
  caption,
  ready,
  onAnswer,
  onSkip,
}: QuestionFormProps) {
  const t = useTranslations('guide.wizard');
  const [selected, setSelected] = useState(initialValue);
  const [showError, setShowError] = useState(false);
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!selected) {
      setShowError(true);
      markTitleAsError(t('errorPrefix'));
      return;
    }
    onAnswer(selected);
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={!ready} className="max-w-prose">
      <ErrorSummary errors={showError ? [{ fieldId: name, text: errorText }] : []} />
      {caption}
      <div className={showError ? 'border-l-4 border-warn pl-4' : undefined}>
        <fieldset
          aria-describedby={
            [hint ? hintId : '', showError ? errorId : ''].filter(Boolean).join(' ') || undefined
          }
        >
          <legend>
            <h1 tabIndex={-1} className={viewHeadingClass}>
              {question}
            </h1>
          </legend>
          {hint && (
            <p id={hintId} className="mt-3 text-ink-muted">
              {hint}
            </p>
          )}
          {showError && (
            <p id={errorId} className="mt-3 font-bold text-warn">
              <span className="sr-only">{t('errorPrefix')}</span>
              {errorText}
            </p>
          )}
          <div className="mt-5 space-y-3">
            {options.map((option, i) => {
              const id = i === 0 ? name : `${name}-${option.value}`;
              return (
                <div key={option.value} className="flex items-center gap-3">
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={option.value}
                    checked={selected === option.value}
                    onChange={() => {
                      setSelected(option.value);
                    }}
                    className="h-8 w-8 shrink-0 accent-ink"
                  />
                  <label htmlFor={id} className="cursor-pointer py-1 text-lg">
                    {option.label}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <FormActions onSkip={onSkip} />
    </form>
  );
}
