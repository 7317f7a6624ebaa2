'use client';

import Link from 'next/link';
import { useState } from 'react';
import { StorageNotice } from '@/components/guide/storage-notice';
import { ConfirmBox } from '@/components/ui/confirm-action';
import { SharePanel } from '@/components/ui/share-panel';
import { PrintButton } from '@/components/ui/print-button';
import { TextEntry } from '@/components/ui/text-entry';
import type { QuestionTopic } from '@/lib/content/lists';
import {
  addOwnQuestion,
  chooseQuestion,
  editOwnQuestion,
  isChosen,
  MAX_QUESTION_LENGTH,
  moveQuestion,
  questionHasNotes,
  questionTextError,
  removeQuestion,
} from '@/lib/questions/state';
import { Section } from '@/components/ui/section';
import { distinctSources, SectionSources } from '@/components/ui/section-sources';
import { LIST_HEADING_ID, QuestionList } from './question-list';
import { useQuestions } from './use-questions';

function newId() {
  return `own-${typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Date.now().toString(36)}`;
}

export function QuestionsView({ topics }: { topics: QuestionTopic[] }) {
  const questions = useQuestions(topics);
  const state = questions.saved;
  const update = questions.replace;
  // A ticked question with notes, waiting for the person to say whether its notes may go.
  const [unticking, setUnticking] = useState<string | null>(null);

  function settleUntick(id: string, remove: boolean) {
    if (remove) update(removeQuestion(state, id));
    setUnticking(null);
    document.getElementById(`bank-${id}`)?.focus();
  }

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Questions to ask</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">
        Pick the questions you want to ask, add your own, and put them in order. Your list stays on this
        device.
      </p>
      <StorageNotice problem={questions.problem} onDismiss={questions.dismissProblem} />

      <Section
        id={LIST_HEADING_ID}
        title={<>Your list {questions.ready && `(${questions.list.length})`}</>}
        className="mt-8"
        focusable
      >
        {questions.ready && (
          <QuestionList
            questions={questions.list}
            onMove={(id, by) => update((current) => moveQuestion(current, id, by))}
            onRemove={(id) => update((current) => removeQuestion(current, id))}
            onEdit={(id, text) => update((current) => editOwnQuestion(current, id, text))}
            hasNotes={(id) => questionHasNotes(state, id)}
          />
        )}
        <div className="no-print">
          <TextEntry
            label="Add your own question"
            submitText="Add question"
            limit={MAX_QUESTION_LENGTH}
            validate={(value) => questionTextError(value, state)}
            onSubmit={(text) => update((current) => addOwnQuestion(current, newId(), text))}
          />
        </div>
        <div className="no-print mt-8 flex flex-wrap items-center gap-4">
          <Link href="/questions/visit" className="text-lg font-semibold">
            At the visit: note each doctor&apos;s answers
          </Link>
          <PrintButton>Print your list</PrintButton>
          <SharePanel what="your questions and notes" value={() => ({ kind: 'questions', data: state })} />
        </div>
      </Section>

      <Section id="bank-title" title="Pick from common questions" className="no-print mt-12">
        <p className="mt-2">Tick a question to add it to your list. Untick it to take it off.</p>
        {topics.map((topic) => (
          <fieldset key={topic.id} className="mt-8">
            <legend className="text-xl font-bold">{topic.title}</legend>
            {/* Sanitised at build time by lib/content. */}
            <div
              className="prose-content mt-1 text-ink-muted"
              dangerouslySetInnerHTML={{ __html: topic.intro }}
            />
            <ul className="mt-2 space-y-3">
              {topic.questions.map((question) => {
                const id = `bank-${question.id}`;
                return (
                  <li key={question.id}>
                    <div className="flex items-start gap-4">
                      <input
                        type="checkbox"
                        id={id}
                        checked={isChosen(state, question.id)}
                        disabled={!questions.ready}
                        onChange={(event) => {
                          if (event.target.checked) update(chooseQuestion(state, question.id));
                          else if (questionHasNotes(state, question.id)) setUnticking(question.id);
                          else update(removeQuestion(state, question.id));
                        }}
                        className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
                      />
                      <label htmlFor={id} className="cursor-pointer text-lg">
                        {question.text}
                      </label>
                    </div>
                    {unticking === question.id && (
                      <div className="mt-3">
                        <ConfirmBox
                          level={3}
                          question="Take this question off your list, with its notes?"
                          detail="You have notes from visit mode for it. Taking it off deletes them. You cannot undo it."
                          confirmText="Yes, take it off"
                          cancelText="No, keep it"
                          onConfirm={() => settleUntick(question.id, true)}
                          onCancel={() => settleUntick(question.id, false)}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
            <SectionSources
              what="questions"
              sources={distinctSources(topic.questions.flatMap((q) => q.sources))}
            />
          </fieldset>
        ))}
      </Section>
    </>
  );
}
