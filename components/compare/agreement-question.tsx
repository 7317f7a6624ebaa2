'use client';

import { useTranslations } from 'next-intl';
import { PrintValue } from '@/components/ui/print-value';
import { AGREEMENT, type Agreement } from '@/lib/compare/state';

interface AgreementQuestionProps {
  name: string;
  question: string;
  value: Agreement | null;
  suggestion?: { value: Agreement; why: string } | null;
  onChange: (value: Agreement) => void;
}

/** Do the doctors agree? The person answers; a suggestion from the plan types is only a hint. */
export function AgreementQuestion({ name, question, value, suggestion, onChange }: AgreementQuestionProps) {
  const t = useTranslations('compare.agreement');
  const tPrint = useTranslations('compare.print');
  return (
    <fieldset className="mt-6" aria-describedby={suggestion ? `${name}-hint` : undefined}>
      <legend className="text-xl font-bold">{question}</legend>
      {suggestion && (
        <p id={`${name}-hint`} className="mt-1 text-ink-muted">
          {t('hint', { why: suggestion.why, answer: t(suggestion.value) })}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-6 print:hidden">
        {AGREEMENT.map((option) => (
          <div key={option} className="flex items-center gap-3">
            <input
              type="radio"
              id={`${name}-${option}`}
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="h-7 w-7 accent-ink"
            />
            <label htmlFor={`${name}-${option}`} className="text-lg">
              {t(option)}
            </label>
          </div>
        ))}
      </div>
      <PrintValue
        value={value ? t(value) : null}
        empty={tPrint('notAnswered')}
        className="mt-1 font-semibold"
      />
    </fieldset>
  );
}
