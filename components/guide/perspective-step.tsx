'use client';

import { PERSPECTIVES } from '@/lib/engine';
import { CHECK, hrefOf } from '@/lib/guide/flow';
import { PERSPECTIVE_LABELS } from '@/lib/guide/paths';
import type { GuideState } from '@/lib/guide/state';
import { QuestionForm } from './question-form';
import { ViewLink } from './view-link';

const OPTIONS = PERSPECTIVES.map((value) => ({ value, label: PERSPECTIVE_LABELS[value].option }));

interface PerspectiveStepProps {
  /** The saved answers, sanitised by the flow. */
  state: GuideState;
  /** Reached from a Change link on Check your answers. */
  change: boolean;
  ready: boolean;
  onAnswer: (value: string) => void;
}

export function PerspectiveStep({ state, change, ready, onAnswer }: PerspectiveStepProps) {
  const answered = Object.keys(state.answers).length;
  return (
    <>
      {ready && state.perspective && answered > 0 && !change && (
        <div className="mb-8 max-w-prose border-l-8 border-brand bg-pale p-4">
          <p>You have {answered === 1 ? '1 answer' : `${answered} answers`} saved on this device.</p>
          <p className="mt-2">
            <ViewLink href={hrefOf(CHECK)}>Check your answers and carry on</ViewLink>
          </p>
        </div>
      )}
      <QuestionForm
        ready={ready}
        name="perspective"
        question="Who are you asking for?"
        hint="The questions will be worded for the person you choose."
        options={OPTIONS}
        initialValue={state.perspective ?? undefined}
        errorText="Select who you are asking for"
        onAnswer={onAnswer}
      />
    </>
  );
}
