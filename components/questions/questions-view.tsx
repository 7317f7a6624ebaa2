'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { StorageNotice } from '@/components/device/storage-notice';
import { ConfirmBox } from '@/components/ui/confirm-action';
import { PrintTick } from '@/components/ui/print-value';
import { SharePanel } from '@/components/ui/share-panel';
import { PrintButton } from '@/components/ui/print-button';
import { TextEntry } from '@/components/ui/text-entry';
import type { QuestionTopic } from '@/lib/content/lists';
import { forPerspective } from '@/lib/engine/types';
import { localePath } from '@/lib/i18n/locales';
import {
  addOwnQuestion,
  chooseQuestion,
  editOwnQuestion,
  isChosen,
  MAX_QUESTION_LENGTH,
  moveQuestion,
  QUESTION_DRAFT_KEY,
  questionHasNotes,
  removeQuestion,
} from '@/lib/questions/state';
import { Section } from '@/components/ui/section';
import { distinctSources, SectionSources } from '@/components/ui/section-sources';
import { LIST_HEADING_ID, QuestionList } from './question-list';
import { useQuestionError } from './use-question-words';
import { useQuestions } from './use-questions';

function newId() {
  return `own-${typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Date.now().toString(36)}`;
}

export function QuestionsView({ topics }: { topics: QuestionTopic[] }) {
  const t = useTranslations('questions');
  const locale = useLocale();
  const questionError = useQuestionError();
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
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{t('intro')}</p>
      <StorageNotice problem={questions.problem} onDismiss={questions.dismissProblem} />

      <Section
        id={LIST_HEADING_ID}
        title={questions.ready ? t('listTitle', { count: questions.list.length }) : t('listTitleLoading')}
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
            label={t('addLabel')}
            submitText={t('addButton')}
            limit={MAX_QUESTION_LENGTH}
            draftKey={QUESTION_DRAFT_KEY}
            // Refuses a repeat of a question on the list or in the bank, in any of its wordings.
            validate={(value) =>
              questionError(value, state, {
                listed: questions.list.map((q) => q.text),
                bank: topics.flatMap((topic) => topic.questions.flatMap((q) => Object.values(q.text))),
              })
            }
            onSubmit={(text) => update((current) => addOwnQuestion(current, newId(), text))}
          />
        </div>
        <div className="no-print mt-8 flex flex-wrap items-center gap-4">
          <Link href={localePath(locale, '/questions/visit')} className="text-lg font-semibold">
            {t('visitLink')}
          </Link>
          <PrintButton>{t('print')}</PrintButton>
          <SharePanel what={t('shareWhat')} value={() => ({ kind: 'questions', data: state })} />
        </div>
      </Section>

      <Section id="bank-title" title={t('bank.title')} className="no-print mt-12">
        <p className="mt-2">{t('bank.lead')}</p>
        {/* Says why the questions may not read as the person's own: they are asked about someone else. */}
        {questions.ready && questions.perspective && questions.perspective !== 'self' && (
          <p className="mt-2 text-ink-muted">{t('bank.wordedFor', { perspective: questions.perspective })}</p>
        )}
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
                        className="mt-0.5 h-7 w-7 shrink-0 accent-ink print:hidden"
                      />
                      <PrintTick checked={isChosen(state, question.id)} />
                      <label htmlFor={id} className="cursor-pointer text-lg">
                        {forPerspective(question.text, questions.perspective)}
                      </label>
                    </div>
                    {unticking === question.id && (
                      <div className="mt-3">
                        <ConfirmBox
                          level={3}
                          question={t('bank.untickQuestion')}
                          detail={t('bank.untickDetail')}
                          confirmText={t('bank.untickConfirm')}
                          cancelText={t('bank.untickCancel')}
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
