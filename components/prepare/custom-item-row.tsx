'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { PrintTick } from '@/components/ui/print-value';
import { TextEntry } from '@/components/ui/text-entry';
import { MAX_ITEM_LENGTH } from '@/lib/prepare/state';
import { useItemError } from './use-item-error';

interface CustomItemRowProps {
  id: string;
  text: string;
  ticked: boolean;
  onToggle: () => void;
  onEdit: (text: string) => void;
  onRemove: () => void;
}

/** One of the person's own items: tick, edit in place, or remove. Typed text is always shown as text. */
export function CustomItemRow({ id, text, ticked, onToggle, onEdit, onRemove }: CustomItemRowProps) {
  const t = useTranslations('prepare.own');
  const itemError = useItemError();
  const [editing, setEditing] = useState(false);
  const inputId = `custom-${id}`;
  if (editing) {
    return (
      <TextEntry
        label={t('editLabel')}
        submitText={t('save')}
        initialValue={text}
        limit={MAX_ITEM_LENGTH}
        validate={(value) => itemError(value)}
        autoFocus
        onSubmit={(value) => {
          onEdit(value);
          setEditing(false);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
      <input
        type="checkbox"
        id={inputId}
        checked={ticked}
        onChange={onToggle}
        className="mt-0.5 h-7 w-7 shrink-0 accent-ink print:hidden"
      />
      <PrintTick checked={ticked} />
      <label htmlFor={inputId} className="min-w-0 flex-1 basis-48 cursor-pointer text-lg">
        <span dir="auto">{text}</span> <span className="text-base text-ink-muted">{t('tag')}</span>
      </label>
      <div className="no-print flex flex-wrap gap-3 text-base">
        <button
          type="button"
          className="text-brand underline"
          onClick={() => setEditing(true)}
          aria-label={t('editAria', { text })}
        >
          {t('edit')}
        </button>
        <ConfirmAction
          buttonText={t('remove')}
          buttonLabel={t('removeAria', { text })}
          buttonClassName="text-warn underline"
          level={3}
          question={t('removeQuestion', { text })}
          detail={t('removeDetail')}
          confirmText={t('confirm')}
          cancelText={t('cancel')}
          onConfirm={onRemove}
        />
      </div>
    </div>
  );
}
