'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { Perspective } from '@/lib/engine';
import { type DecisionStep as Step, decisionQuestion } from '@/lib/guide/decision';
import type { GuideState } from '@/lib/guide/state';
import { FormActions, markTitleAsError, type Option, QuestionForm, viewHeadingClass } from './question-form';
import { useDecisionWords } from './use-decision-words';

interface DecisionStepProps {
  step: Step;
  perspective: Perspective;
  /** The saved answers, sanitised by the flow. */
  state: GuideState;
  ready: boolean;
  onAnswer: (value: string | string[]) => void;
  onSkip: () => void;
}

/** One of the optional steps on what matters and how to decide: one question per view, skippable. */
export function DecisionStep({ step, perspective, state, ready, onAnswer, onSkip }: DecisionStepProps) {
  const { many, question, hint, options, error } = decisionQuestion(step, perspective, useDecisionWords());
  const saved = state.decision[step];
  if (many)
    return (
      <CheckboxForm
        ready={ready}
        name={step}
        question={question}
        hint={hint}
        options={options}
        initialValues={Array.isArray(saved) ? saved : []}
        errorText={error}
        onAnswer={onAnswer}
        onSkip={onSkip}
      />
    );
  return (
    <QuestionForm
      ready={ready}
      name={step}
      question={question}
      hint={hint}
      options={options}
      initialValue={typeof saved === 'string' ? saved : undefined}
      errorText={error}
      onAnswer={onAnswer}
      onSkip={onSkip}
    />
  );
}

interface CheckboxFormProps {
  name: string;
  question: string;
  hint: string;
  options: readonly Option[];
  initialValues: readonly string[];
  errorText: string;
  ready: boolean;
  onAnswer: (values: string[]) => void;
  onSkip: () => void;
}

/** A "pick any" question in the GOV.UK style: the question is the h1 inside the legend, with native checkboxes. */
function CheckboxForm({
  name,
  question,
  hint,
  options,
  initialValues,
  errorText,
  ready,
  onAnswer,
  onSkip,
}: CheckboxFormProps) {
  const t = useTranslations('guide.wizard');
  const [selected, setSelected] = useState<readonly string[]>(initialValues);
  const [showError, setShowError] = useState(false);
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected.length === 0) {
      setShowError(true);
      markTitleAsError(t('errorPrefix'));
      return;
    }
    // In the order the options are shown, whatever order they were ticked in.
    onAnswer(options.map((o) => o.value).filter((value) => selected.includes(value)));
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={!ready} className="max-w-prose">
      <ErrorSummary errors={showError ? [{ fieldId: name, text: errorText }] : []} />
      <div className={showError ? 'border-l-4 border-warn pl-4' : undefined}>
        <fieldset aria-describedby={[hintId, showError ? errorId : ''].filter(Boolean).join(' ')}>
          <legend>
            <h1 tabIndex={-1} className={viewHeadingClass}>
              {question}
            </h1>
          </legend>
          <p id={hintId} className="mt-3 text-ink-muted">
            {hint}
          </p>
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
                    type="checkbox"
                    id={id}
                    name={name}
                    value={option.value}
                    checked={selected.includes(option.value)}
                    onChange={(event) => {
                      const { checked } = event.currentTarget;
                      setSelected((now) =>
                        checked ? [...now, option.value] : now.filter((value) => value !== option.value),
                      );
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
