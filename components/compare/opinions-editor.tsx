'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { StorageNotice } from '@/components/guide/storage-notice';
import { questionsStore } from '@/components/questions/questions-store';
import { useQuestions } from '@/components/questions/use-questions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { buttonClass, secondaryButtonClass } from '@/components/ui/styles';
import { importVisitNotes } from '@/lib/compare/import-notes';
import {
  addOpinion,
  EMPTY_COMPARE,
  MAX_FIELD_LENGTH,
  MAX_OPINIONS,
  opinionHasContent,
  removeOpinion,
  updateOpinion,
} from '@/lib/compare/state';
import type { CompareWords } from '@/lib/content/compare';
import type { QuestionTopic } from '@/lib/content/lists';
import { opinionLabel } from './opinion-label';
import { OpinionForm } from './opinion-form';
import { useCompare } from './use-compare';

export function OpinionsEditor({ words, topics }: { words: CompareWords; topics: QuestionTopic[] }) {
  const compare = useCompare();
  const questions = useQuestions(topics);
  const [message, setMessage] = useState('');
  // Where focus goes once the next render is on screen (a new opinion's first field, or the heading).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });
  const state = compare.saved;
  const hasVisitNotes = Object.values(questions.saved.notes).some((byDoctor) =>
    Object.values(byDoctor).some((note) => note?.trim()),
  );

  if (!compare.ready) return <p className="mt-6">Reading what is saved on this device…</p>;
  return (
    <>
      <StorageNotice problem={compare.problem} onDismiss={compare.dismissProblem} />
      <p className="sr-only" aria-live="polite">
        {message}
      </p>
      {hasVisitNotes && (
        <div className="mt-6 max-w-prose border-l-8 border-brand bg-pale p-4">
          <p>You have notes from visit mode in Questions to ask.</p>
          <button
            type="button"
            className={`${secondaryButtonClass} mt-3`}
            onClick={() => {
              const texts = new Map(questions.list.map((q) => [q.id, q.text]));
              const {
                state: next,
                imported,
                cut,
              } = importVisitNotes(state, questionsStore.getState(), (id) => texts.get(id));
              compare.replace(next);
              setMessage(
                [
                  imported
                    ? `Added your visit notes to ${imported} ${imported === 1 ? 'opinion' : 'opinions'}.`
                    : 'Your visit notes are already here.',
                  cut
                    ? `Some notes did not fit: each opinion keeps up to ${MAX_FIELD_LENGTH.toLocaleString('en-US')} characters of notes. The rest is still in visit mode.`
                    : '',
                ].join(' '),
              );
            }}
          >
            Add my visit notes to the opinions
          </button>
          {message && <p className="mt-2 font-semibold">{message}</p>}
        </div>
      )}
      {state.opinions.map((opinion, index) => (
        <section key={opinion.id} aria-label={opinionLabel(opinion, index)}>
          <OpinionForm
            opinion={opinion}
            label={opinionLabel(opinion, index)}
            words={words}
            onChange={(field, value) => compare.replace(updateOpinion(state, opinion.id, field, value))}
          />
          {state.opinions.length > 2 && (
            <div className="mt-2">
              <ConfirmAction
                buttonText={`Remove ${opinionLabel(opinion, index)}`}
                buttonClassName="text-base text-warn underline"
                ask={opinionHasContent(state, opinion.id)}
                question={`Remove ${opinionLabel(opinion, index)}?`}
                detail="This deletes what you noted about this opinion and how you rated it. You cannot undo it."
                confirmText="Yes, remove it"
                cancelText="No, keep it"
                onConfirm={() => {
                  compare.replace(removeOpinion(state, opinion.id));
                  setMessage(`Removed ${opinionLabel(opinion, index)}.`);
                  document.getElementById('opinions-title')?.focus();
                }}
              />
            </div>
          )}
        </section>
      ))}
      <div className="mt-8 max-w-prose">
        {state.opinions.length < MAX_OPINIONS ? (
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => {
              const next = addOpinion(state);
              compare.replace(next);
              const added = next.opinions.at(-1);
              setMessage(`Added Opinion ${next.opinions.length}.`);
              pendingFocus.current = `${added?.id}-name`;
            }}
          >
            Add a third opinion
          </button>
        ) : null}
        <p className="mt-3 text-base text-ink-muted">{words.limitNote}</p>
      </div>
      <div className="no-print mt-10 flex flex-wrap items-start gap-4 border-t border-line pt-6">
        <Link href="/compare/side-by-side" className={buttonClass}>
          See them side by side
        </Link>
        <ConfirmAction
          buttonText="Clear all"
          question="Clear every opinion you entered?"
          detail="This deletes the opinions, your answers about them and your weighing from this device. You cannot undo it."
          confirmText="Yes, clear everything"
          cancelText="No, keep them"
          onConfirm={() => {
            compare.replace(EMPTY_COMPARE);
            setMessage('Everything was cleared.');
            document.getElementById('opinions-title')?.focus();
          }}
        />
      </div>
    </>
  );
}
