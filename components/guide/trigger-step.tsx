'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { BackLink } from '@/components/ui/back-link';
import {
  firstUnanswered,
  nextStep,
  previousQuestion,
  progress,
  questionsFor,
  type RoutingView,
} from '@/lib/engine';
import type { Perspective } from '@/lib/engine';
import { CHECK_PATH, GUIDE_START, questionPath, stepPath } from '@/lib/guide/paths';
import { answerQuestion, sanitizeGuide } from '@/lib/guide/state';
import { type Option, QuestionForm } from './question-form';
import { StorageNotice } from './storage-notice';
import { useChangeMode } from './use-change-mode';
import { useGuide } from './use-guide';

interface TriggerStepProps {
  perspective: Perspective;
  id: string;
  question: string;
  hint: string;
  options: Option[];
  routing: RoutingView;
}

export function TriggerStep({ perspective, id, question, hint, options, routing }: TriggerStepProps) {
  const guide = useGuide();
  const router = useRouter();
  const change = useChangeMode();
  // The page's own perspective wins: it is what the person is reading.
  const state = sanitizeGuide({ perspective, answers: guide.answers, sure: guide.sure }, routing);
  const situation = { perspective, answers: state.answers };
  const applies = questionsFor(routing, situation).some((t) => t.id === id);
  const { position, total } = progress(routing, situation, id);
  const previous = previousQuestion(routing, situation, id);
  const backHref = change ? CHECK_PATH : previous ? questionPath(perspective, previous) : GUIDE_START;

  useEffect(() => {
    // A question that no longer applies (an earlier answer changed) is skipped, not shown.
    if (guide.ready && !applies) router.replace(stepPath(firstUnanswered(routing, situation), perspective));
  });

  function onAnswer(value: string) {
    const next = answerQuestion(state, routing, id, value);
    guide.replace(next);
    const after = { perspective, answers: next.answers };
    let step = nextStep(routing, after, id);
    if (change && step.kind !== 'emergency') step = firstUnanswered(routing, after);
    router.push(stepPath(step, perspective, change));
  }

  return (
    <>
      <BackLink href={backHref} />
      <StorageNotice problem={guide.problem} onDismiss={guide.dismissProblem} />
      <QuestionForm
        key={guide.ready ? 'ready' : 'loading'}
        ready={guide.ready}
        name={id}
        question={question}
        hint={hint}
        options={options}
        initialValue={state.answers[id]}
        errorText="Select an answer"
        caption={
          <p className="mb-2 min-h-[1.75rem] text-base text-ink-muted">
            {guide.ready && position > 0 ? `Question ${position} of ${total}` : ''}
          </p>
        }
        onAnswer={onAnswer}
      />
    </>
  );
}
