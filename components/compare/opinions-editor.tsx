'use client';

import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { StorageNotice } from '@/components/device/storage-notice';
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
import { localePath } from '@/lib/i18n/locales';
import { useOpinionLabel } from './opinion-label';
import { OpinionForm } from './opinion-form';
import { useCompare } from './use-compare';

export function OpinionsEditor({ words, topics }: { words: CompareWords; topics: QuestionTopic[] }) {
  const t = useTranslations('compare');
  const format = useFormatter();
  const locale = useLocale();
  const opinionLabel = useOpinionLabel();
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

  if (!compare.ready) return <p className="mt-6">{t('reading')}</p>;
  return (
    <>
      <StorageNotice problem={compare.problem} onDismiss={compare.dismissProblem} />
      <p className="sr-only" aria-live="polite">
        {message}
      </p>
      {hasVisitNotes && (
        <div className="mt-6 max-w-prose border-l-8 border-brand bg-pale p-4">
          <p>{t('editor.visitNotes')}</p>
          <button
            type="button"
            className={`${secondaryButtonClass} mt-3`}
            onClick={() => {
              const texts = new Map(questions.list.map((q) => [q.id, q.text]));
              const topicOf = new Map(
                topics.flatMap((topic) => topic.questions.map((q) => [q.id, topic.id])),
              );
              const {
                state: next,
                added,
                byField,
                cut,
                changed,
              } = importVisitNotes(
                state,
                questionsStore.getState(),
                (id) => texts.get(id),
                (id) => topicOf.get(id),
              );
              compare.replace(next);
              // In the order of the form, so the message reads like the page.
              const places = words.fields.flatMap(({ id, label }) => {
                const count = byField[id as keyof typeof byField];
                return count ? [t('editor.placedIn', { count, field: label })] : [];
              });
              setMessage(
                [
                  added
                    ? t('editor.imported', {
                        count: added,
                        places: format.list(places, { type: 'conjunction' }),
                      })
                    : changed
                      ? t('editor.namesOnly')
                      : t('editor.alreadyHere'),
                  cut ? t('editor.cut', { count: cut, max: format.number(MAX_FIELD_LENGTH) }) : '',
                ].join(' '),
              );
            }}
          >
            {t('editor.importButton')}
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
                buttonText={t('editor.remove', { label: opinionLabel(opinion, index) })}
                buttonClassName="text-base text-warn underline"
                ask={opinionHasContent(state, opinion.id)}
                question={t('editor.removeQuestion', { label: opinionLabel(opinion, index) })}
                detail={t('editor.removeDetail')}
                confirmText={t('editor.removeConfirm')}
                cancelText={t('editor.removeCancel')}
                onConfirm={() => {
                  compare.replace(removeOpinion(state, opinion.id));
                  setMessage(t('editor.removed', { label: opinionLabel(opinion, index) }));
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
              setMessage(t('editor.addedOpinion', { number: next.opinions.length }));
              pendingFocus.current = `${added?.id}-name`;
            }}
          >
            {t('editor.addThird')}
          </button>
        ) : null}
        <p className="mt-3 text-base text-ink-muted">{words.limitNote}</p>
      </div>
      <div className="no-print mt-10 flex flex-wrap items-start gap-4 border-t border-line pt-6">
        <Link href={localePath(locale, '/compare/side-by-side')} className={buttonClass}>
          {t('editor.sideBySide')}
        </Link>
        <ConfirmAction
          buttonText={t('editor.clear')}
          question={t('editor.clearQuestion')}
          detail={t('editor.clearDetail')}
          confirmText={t('editor.clearConfirm')}
          cancelText={t('editor.clearCancel')}
          onConfirm={() => {
            compare.replace(EMPTY_COMPARE);
            setMessage(t('editor.cleared'));
            document.getElementById('opinions-title')?.focus();
          }}
        />
      </div>
    </>
  );
}
