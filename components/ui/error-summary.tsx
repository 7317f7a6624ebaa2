'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the input the error is about; the summary links to it. */
  fieldId: string;
  text: string;
}

/** GOV.UK error summary: takes focus when it appears so screen reader and keyboard users land on it. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const t = useTranslations('ui');
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves only when the errors themselves change, not on every render while the person types.
  const signature = errors.map((error) => `${error.fieldId}:${error.text}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 max-w-prose border-4 border-warn p-4 focus:outline-none"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t('errorSummary')}
      </h2>
      <ul className="mt-2">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              className="font-semibold text-warn visited:text-warn"
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
