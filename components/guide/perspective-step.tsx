'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type Perspective, PERSPECTIVES, type RoutingView, questionsFor } from '@/lib/engine';
import { CHECK_PATH, PERSPECTIVE_LABELS, questionPath } from '@/lib/guide/paths';
import { choosePerspective, sanitizeGuide } from '@/lib/guide/state';
import { QuestionForm } from './question-form';
import { StorageNotice } from './storage-notice';
import { useChangeMode } from './use-change-mode';
import { useGuide } from './use-guide';

const OPTIONS = PERSPECTIVES.map((value) => ({ value, label: PERSPECTIVE_LABELS[value].option }));

export function PerspectiveStep({ routing }: { routing: RoutingView }) {
  const guide = useGuide();
  const router = useRouter();
  const change = useChangeMode();
  const state = sanitizeGuide(guide.saved, routing);
  const answered = Object.keys(state.answers).length;

  function onAnswer(value: string) {
    const perspective = value as Perspective;
    const next = choosePerspective(state, routing, perspective);
    guide.replace(next);
    const first = questionsFor(routing, { perspective, answers: next.answers })[0];
    router.push(change || !first ? CHECK_PATH : questionPath(perspective, first.id));
  }

  return (
    <>
      <StorageNotice problem={guide.problem} onDismiss={guide.dismissProblem} />
      {guide.ready && state.perspective && answered > 0 && !change && (
        <div className="mb-8 max-w-prose border-l-8 border-brand bg-pale p-4">
          <p>You have {answered === 1 ? '1 answer' : `${answered} answers`} saved on this device.</p>
          <p className="mt-2">
            <Link href={CHECK_PATH}>Check your answers and carry on</Link>
          </p>
        </div>
      )}
      <QuestionForm
        key={guide.ready ? 'ready' : 'loading'}
        ready={guide.ready}
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
