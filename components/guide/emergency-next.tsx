'use client';

import Link from 'next/link';
import { EMERGENCY_ID, questionAfter, type RoutingView } from '@/lib/engine';
import { questionPath, stepPath } from '@/lib/guide/paths';
import { sanitizeGuide } from '@/lib/guide/state';
import { useGuide } from './use-guide';

/** The way on from the emergency page: only someone who was not sure may carry on with the questions. */
export function EmergencyNext({ routing }: { routing: RoutingView }) {
  const guide = useGuide();
  const state = sanitizeGuide(guide.saved, routing);
  if (!guide.ready || !state.perspective) return null;
  const perspective = state.perspective;
  const answer = state.answers[EMERGENCY_ID];
  const change = (
    <Link href={questionPath(perspective, EMERGENCY_ID, true)}>Change your answer about emergency signs</Link>
  );
  if (answer === 'not-sure') {
    const next = questionAfter(routing, { perspective, answers: state.answers }, EMERGENCY_ID);
    return (
      <div className="mt-8 max-w-prose border-t border-line pt-6">
        <h2 className="text-xl font-bold">If you are sure it is not an emergency</h2>
        <p className="mt-2">You can carry on with the questions about a second opinion.</p>
        <p className="mt-4">
          <Link href={stepPath(next, perspective)}>Carry on with the questions</Link>
        </p>
        <p className="mt-2">{change}</p>
      </div>
    );
  }
  return <p className="mt-8 max-w-prose">If you answered by mistake: {change}.</p>;
}
