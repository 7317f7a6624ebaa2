'use client';

import { useTranslations } from 'next-intl';
import { PERSPECTIVES } from '@/lib/engine';
import { CHECK, hrefOf } from '@/lib/guide/flow';
import type { GuideState } from '@/lib/guide/state';
import { QuestionForm } from './question-form';
import { ViewLink } from './view-link';

interface PerspectiveStepProps {
  /** The saved answers, sanitised by the flow. */
  state: GuideState;
  /** Reached from a Change link on Check your answers. */
  change: boolean;
  ready: boolean;
  onAnswer: (value: string) => void;
}

export function PerspectiveStep({ state, change, ready, onAnswer }: PerspectiveStepProps) {
  const t = useTranslations('guide.perspective');
  const answered = Object.keys(state.answers).length;
  const options = PERSPECTIVES.map((value) => ({ value, label: t(`options.${value}`) }));
  return (
    <>
      {ready && state.perspective && answered > 0 && !change && (
        <div className="mb-8 max-w-prose border-l-8 border-brand bg-pale p-4">
          <p>{t('saved', { count: answered })}</p>
          <p className="mt-2">
            <ViewLink href={hrefOf(CHECK)}>{t('carryOn')}</ViewLink>
          </p>
        </div>
      )}
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
