'use client';

import { useTranslations } from 'next-intl';
import { PERSPECTIVES } from '@/lib/engine';
import type { GuideState } from '@/lib/guide/state';
import { QuestionForm } from './question-form';

interface PerspectiveStepProps {
  /** The saved answers, sanitised by the flow. */
  state: GuideState;
  /** Reached from a Change link on Check your answers. */
  change: boolean;
  ready: boolean;
  onAnswer: (value: string) => void;
}

/** Who the questions are for. Saved answers are offered under it (see GuideResume), not above the question. */
export function PerspectiveStep({ state, ready, onAnswer }: PerspectiveStepProps) {
  const t = useTranslations('guide.perspective');
  const options = PERSPECTIVES.map((value) => ({ value, label: t(`options.${value}`) }));
  return (
    <>
      <QuestionForm
        ready={ready}
        name="perspective"
        question={t('question')}
        hint={t('hint')}
        options={options}
        initialValue={state.perspective ?? undefined}
        errorText={t('error')}
        onAnswer={onAnswer}
      />
    </>
  );
}
