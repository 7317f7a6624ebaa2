'use client';

import { EMERGENCY_ID } from '@/lib/engine';
import { carryOn, changeView, type FlowRules, hrefOf, type Position } from '@/lib/guide/flow';
import { viewHeadingClass } from './question-form';
import { ViewLink } from './view-link';

interface EmergencyNextProps {
  /** The urgent level's summary and the emergency question's explanation (sanitised HTML). */
  emergency: { summary: string; html: string };
  at: Position;
  rules: FlowRules;
  ready: boolean;
}

/** The emergency advice, and the way on from it: only someone who was not sure may carry on with the questions. */
export function EmergencyNext({ emergency, at, rules, ready }: EmergencyNextProps) {
  const { perspective } = at.state;
  const next = carryOn(rules, at);
  return (
    <>
      <div className="max-w-prose border-l-8 border-warn bg-warn-bg p-5">
        <h1 tabIndex={-1} className={viewHeadingClass}>
          Get emergency help now
        </h1>
        <p className="mt-4 text-2xl font-bold">{emergency.summary}</p>
        {/* Sanitised at build time by lib/content. */}
        <div className="prose-content mt-4 text-lg" dangerouslySetInnerHTML={{ __html: emergency.html }} />
      </div>
      {ready && perspective && <Ways next={next} change={hrefOf(changeView(perspective, EMERGENCY_ID))} />}
    </>
  );
}

function Ways({ next, change }: { next: ReturnType<typeof carryOn>; change: string }) {
  const changeLink = <ViewLink href={change}>Change your answer about emergency signs</ViewLink>;
  if (!next) return <p className="mt-8 max-w-prose">If you answered by mistake: {changeLink}.</p>;
  return (
    <div className="mt-8 max-w-prose border-t border-line pt-6">
      <h2 className="text-xl font-bold">If you are sure it is not an emergency</h2>
      <p className="mt-2">You can carry on with the questions about a second opinion.</p>
      <p className="mt-4">
        <ViewLink href={hrefOf(next)}>Carry on with the questions</ViewLink>
      </p>
      <p className="mt-2">{changeLink}</p>
    </div>
  );
}
