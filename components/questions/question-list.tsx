'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { TextEntry } from '@/components/ui/text-entry';
import { MAX_QUESTION_LENGTH } from '@/lib/questions/state';
import { useQuestionError } from './use-question-words';

export interface ListedQuestion {
  id: string;
  text: string;
  own: boolean;
}

interface QuestionListProps {
  questions: ListedQuestion[];
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
  onEdit: (id: string, text: string) => void;
  /** True when the question has visit notes, so removing it asks first. */
  hasNotes?: (id: string) => boolean;
}

const linkButton = 'text-base text-brand underline';
export const LIST_HEADING_ID = 'your-list-title';

/** The person's questions in their order, reordered with buttons so it works by keyboard alone. */
export function QuestionList({ questions, onMove, onRemove, onEdit, hasNotes }: QuestionListProps) {
  const t = useTranslations('questions.list');
  const questionError = useQuestionError();
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const focusAfter = useRef<{ id: string; action: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>(
      `[data-question="${CSS.escape(target.id)}"]`,
    );
    const preferred = [...(buttons ?? [])].find((b) => b.dataset.action === target.action) ?? buttons?.[0];
    (preferred ?? listRef.current)?.focus();
  });

  function move(question: ListedQuestion, index: number, by: -1 | 1) {
    onMove(question.id, by);
    focusAfter.current = { id: question.id, action: by === -1 ? 'up' : 'down' };
    setAnnouncement(t('moved', { text: question.text, position: index + by + 1, count: questions.length }));
  }

  return (
    <>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {questions.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <ol ref={listRef} tabIndex={-1} className="mt-4 space-y-4">
          {questions.map((question, index) => (
            <li key={question.id} className="flex gap-3 border-b border-line pb-4">
              <span className="w-8 shrink-0 text-lg font-bold" aria-hidden="true">
                {index + 1}.
              </span>
              <div className="min-w-0 flex-1">
                {editing === question.id ? (
                  <TextEntry
                    label={t('editLabel')}
                    submitText={t('save')}
                    initialValue={question.text}
                    limit={MAX_QUESTION_LENGTH}
                    validate={(value) =>
                      questionError(value, undefined, {
                        listed: questions.filter((q) => q.id !== question.id).map((q) => q.text),
                        bank: [],
                      })
                    }
                    autoFocus
                    onSubmit={(text) => {
                      onEdit(question.id, text);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <p className="text-lg" dir="auto">
                    {question.text}
                    {question.own && <span className="text-base text-ink-muted">{t('own')}</span>}
                  </p>
                )}
                <div className="no-print mt-2 flex flex-wrap gap-x-5 gap-y-2">
                  {index > 0 && (
                    <button
                      type="button"
                      className={linkButton}
                      data-question={question.id}
                      data-action="up"
                      onClick={() => move(question, index, -1)}
                      aria-label={t('moveUpAria', { text: question.text })}
                    >
                      {t('moveUp')}
                    </button>
                  )}
                  {index < questions.length - 1 && (
                    <button
                      type="button"
                      className={linkButton}
                      data-question={question.id}
                      data-action="down"
                      onClick={() => move(question, index, 1)}
                      aria-label={t('moveDownAria', { text: question.text })}
                    >
                      {t('moveDown')}
                    </button>
                  )}
                  {question.own && editing !== question.id && (
                    <button
                      type="button"
                      className={linkButton}
                      onClick={() => setEditing(question.id)}
                      aria-label={t('editAria', { text: question.text })}
                    >
                      {t('edit')}
                    </button>
                  )}
                  <ConfirmAction
                    buttonText={t('remove')}
                    buttonLabel={t('removeAria', { text: question.text })}
                    buttonClassName="text-base text-warn underline"
                    // Something typed goes with it: the person's own words, or what the doctors said.
                    ask={question.own || !!hasNotes?.(question.id)}
                    level={3}
                    question={t('removeQuestion', { text: question.text })}
                    detail={t(hasNotes?.(question.id) ? 'removeWithNotes' : 'removeOwn')}
                    confirmText={t('confirm')}
                    cancelText={t('cancel')}
                    onConfirm={() => {
                      onRemove(question.id);
                      setAnnouncement(t('removed', { text: question.text }));
                      const next = questions[index + 1] ?? questions[index - 1];
                      focusAfter.current = next ? { id: next.id, action: 'up' } : null;
                      if (!next) document.getElementById(LIST_HEADING_ID)?.focus();
                    }}
                  />
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
