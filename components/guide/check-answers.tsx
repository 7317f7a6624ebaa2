'use client';

import Link from 'next/link';
import { buttonClass } from '@/components/ui/styles';
import { EMERGENCY_ID, type Perspective, questionsFor } from '@/lib/engine';
import { DECISION_STEPS, decisionAnswerText, decisionQuestion } from '@/lib/guide/decision';
import { changeStep, changeView, hrefOf } from '@/lib/guide/flow';
import { PERSPECTIVE_LABELS, RESULT_PATH } from '@/lib/guide/paths';
import type { GuideState } from '@/lib/guide/state';
import { viewHeadingClass } from './question-form';
import { StartAgain } from './start-again';
import type { WizardQuestion } from './trigger-step';
import { ViewLink } from './view-link';

function SummaryRow({
  term,
  value,
  href,
  action,
}: {
  term: string;
  value: string;
  href: string;
  action: string;
}) {
  return (
    <div className="flex flex-col gap-1 border-b border-line py-4 sm:flex-row sm:gap-6">
      <dt className="font-bold sm:w-1/2">{term}</dt>
      <dd className="sm:flex-1">{value}</dd>
      <dd className="no-print sm:w-28 sm:text-right">
        <ViewLink href={href}>
          {action}
          <span className="sr-only"> your answer to: {term}</span>
        </ViewLink>
      </dd>
    </div>
  );
}

interface CheckAnswersProps {
  triggers: WizardQuestion[];
  /** The saved answers, sanitised by the flow, which only shows this view once a perspective is chosen. */
  state: GuideState & { perspective: Perspective };
  onStartAgain: () => void;
}

export function CheckAnswers({ triggers, state, onStartAgain }: CheckAnswersProps) {
  const { perspective } = state;
  const asked = questionsFor({ triggers }, { perspective, answers: state.answers });
  const unanswered = asked.filter((t) => state.answers[t.id] === undefined).length;
  return (
    <>
      <h1 tabIndex={-1} className={viewHeadingClass}>
        Check your answers
      </h1>
      <dl className="mt-6 max-w-3xl border-t border-line">
        <SummaryRow
          term="Who you are asking for"
          value={PERSPECTIVE_LABELS[perspective].option}
          href={hrefOf(changeView(perspective))}
          action="Change"
        />
        {asked.map((trigger) => {
          const answer = trigger.answers.find((a) => a.value === state.answers[trigger.id]);
          return (
            <SummaryRow
              key={trigger.id}
              term={trigger.question[perspective]}
              value={answer?.label ?? 'Not answered yet'}
              href={hrefOf(changeView(perspective, trigger.id))}
              action={answer ? 'Change' : 'Answer'}
            />
          );
        })}
      </dl>
      <h2 className="mt-10 text-2xl font-bold">What matters to you (optional)</h2>
      <p className="mt-2 max-w-prose">
        These answers do not change the level of your result. It shows them in words.
      </p>
      <dl className="mt-4 max-w-3xl border-t border-line">
        {DECISION_STEPS.map((step) => {
          const text = decisionAnswerText(step, perspective, state.decision);
          return (
            <SummaryRow
              key={step}
              term={decisionQuestion(step, perspective).question}
              value={text ?? 'Not answered'}
              href={hrefOf(changeStep(step))}
              action={text ? 'Change' : 'Answer'}
            />
          );
        })}
      </dl>
      {unanswered > 0 && (
        <p className="mt-6 max-w-prose">
          {unanswered === 1 ? '1 question has' : `${unanswered} questions have`} no answer yet. You can answer{' '}
          {unanswered === 1 ? 'it' : 'them'} now, or see your result without{' '}
          {unanswered === 1 ? 'it' : 'them'}.
        </p>
      )}
      <div className="no-print mt-8 flex flex-wrap items-start gap-6">
        {state.answers[EMERGENCY_ID] === 'yes' ? (
          <ViewLink href={hrefOf({ kind: 'emergency', change: false })} className={buttonClass}>
            Get emergency help
          </ViewLink>
        ) : (
          // Shown or not by an answer, so never fetched ahead: a request must not tell which.
          <Link href={RESULT_PATH} prefetch={false} className={buttonClass}>
            See your result
          </Link>
        )}
        <StartAgain onDone={onStartAgain} />
      </div>
    </>
  );
}
