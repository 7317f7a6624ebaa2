'use client';

import Link from 'next/link';
import { buttonClass } from '@/components/ui/styles';
import { EMERGENCY_ID, type Perspective, questionsFor, type RoutingTrigger } from '@/lib/engine';
import {
  EMERGENCY_PATH,
  GUIDE_START,
  PERSPECTIVE_LABELS,
  questionPath,
  RESULT_PATH,
} from '@/lib/guide/paths';
import { sanitizeGuide } from '@/lib/guide/state';
import { StartAgain } from './start-again';
import { StorageNotice } from './storage-notice';
import { useGuide } from './use-guide';

export interface CheckTrigger extends RoutingTrigger {
  question: Record<Perspective, string>;
  answers: { value: string; label: string }[];
}

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
        <Link href={href}>
          {action}
          <span className="sr-only"> your answer to: {term}</span>
        </Link>
      </dd>
    </div>
  );
}

export function CheckAnswers({ triggers }: { triggers: CheckTrigger[] }) {
  const guide = useGuide();
  const rules = { triggers };
  const state = sanitizeGuide(guide.saved, rules);
  const { perspective } = state;

  const heading = <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Check your answers</h1>;
  if (!guide.ready) return heading;
  if (!perspective) {
    return (
      <>
        {heading}
        <StorageNotice problem={guide.problem} onDismiss={guide.dismissProblem} />
        <p className="mt-4">There are no answers saved on this device yet.</p>
        <p className="mt-6">
          <Link href={GUIDE_START} className={buttonClass}>
            Start the questions
          </Link>
        </p>
      </>
    );
  }

  const asked = questionsFor(rules, { perspective, answers: state.answers });
  const unanswered = asked.filter((t) => state.answers[t.id] === undefined).length;
  return (
    <>
      {heading}
      <StorageNotice problem={guide.problem} onDismiss={guide.dismissProblem} />
      <dl className="mt-6 max-w-3xl border-t border-line">
        <SummaryRow
          term="Who you are asking for"
          value={PERSPECTIVE_LABELS[perspective].option}
          href={`${GUIDE_START}?change=1`}
          action="Change"
        />
        {asked.map((trigger) => {
          const answer = trigger.answers.find((a) => a.value === state.answers[trigger.id]);
          return (
            <SummaryRow
              key={trigger.id}
              term={trigger.question[perspective]}
              value={answer?.label ?? 'Not answered yet'}
              href={questionPath(perspective, trigger.id, true)}
              action={answer ? 'Change' : 'Answer'}
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
          <Link href={EMERGENCY_PATH} className={buttonClass}>
            Get emergency help
          </Link>
        ) : (
          <Link href={RESULT_PATH} className={buttonClass}>
            See your result
          </Link>
        )}
        <StartAgain />
      </div>
    </>
  );
}
