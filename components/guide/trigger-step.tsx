'use client';

import { useTranslations } from 'next-intl';
import { type Perspective, progress, type RoutingTrigger } from '@/lib/engine';
import type { FlowRules } from '@/lib/guide/flow';
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
  rules: FlowRules;
  ready: boolean;
  onAnswer: (value: string) => void;
}

export function TriggerStep({ trigger, perspective, state, rules, ready, onAnswer }: TriggerStepProps) {
  const t = useTranslations('guide.trigger');
  const { position, total } = progress(rules, { perspective, answers: state.answers }, trigger.id);
  return (
    <QuestionForm
      ready={ready}
      name={trigger.id}
      question={trigger.question[perspective]}
      hint={trigger.hint[perspective]}
      options={trigger.answers}
      initialValue={state.answers[trigger.id]}
      errorText={t('error')}
      caption={
        <p className="mb-2 min-h-[1.75rem] text-base text-ink-muted">
          {ready && position > 0 ? t('progress', { position, total }) : ''}
        </p>
      }
      onAnswer={onAnswer}
    />
  );
}
