'use client';

import { useTranslations } from 'next-intl';
import type { Perspective, RoutingTrigger } from '@/lib/engine';
import type { GuideState } from '@/lib/guide/state';
import { type Option, QuestionForm } from './question-form';

/** A question with its wording for every perspective: the wizard page holds all of them. */
export interface WizardQuestion extends RoutingTrigger {
  question: Record<Perspective, string>;
  hint: Record<Perspective, string>;
  answers: Option[];
}

interface TriggerStepProps {
  trigger: WizardQuestion;
  perspective: Perspective;
  /** The saved answers, sanitised for this view by the flow. */
  state: GuideState;
  ready: boolean;
  onAnswer: (value: string) => void;
}

/** One question; the wizard shows the progress above it (see ProgressLine). */
export function TriggerStep({ trigger, perspective, state, ready, onAnswer }: TriggerStepProps) {
  const t = useTranslations('guide.trigger');
  return (
    <QuestionForm
      ready={ready}
      name={trigger.id}
      question={trigger.question[perspective]}
      hint={trigger.hint[perspective]}
      options={trigger.answers}
      initialValue={state.answers[trigger.id]}
      errorText={t('error')}
      onAnswer={onAnswer}
    />
  );
}
