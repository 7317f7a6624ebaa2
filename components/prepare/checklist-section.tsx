'use client';

import { useTranslations } from 'next-intl';
import { PrintTick } from '@/components/ui/print-value';
import { TextEntry } from '@/components/ui/text-entry';
import type { Checklist } from '@/lib/content/lists';
import { forPerspective, type Perspective, type Worded } from '@/lib/engine/types';
import {
  customKey,
  isTicked,
  itemKey,
  listProgress,
  MAX_ITEM_LENGTH,
  type PrepareState,
} from '@/lib/prepare/state';
import { CustomItemRow } from './custom-item-row';
import { SectionSources } from '@/components/ui/section-sources';
import { useItemError } from './use-item-error';

interface ChecklistSectionProps {
  list: Checklist;
  items: Checklist['items'];
  state: PrepareState;
  /** True when the list was tailored to the wizard's answers, so the reasons for extra items show. */
  tailored: boolean;
  /** Whose care it is, so each item names the right person; null before anyone has said. */
  perspective: Perspective | null;
  onToggle: (key: string) => void;
  onAdd: (text: string) => void;
  onEdit: (id: string, text: string) => void;
  onRemove: (id: string) => void;
}

export function ChecklistSection({
  list,
  items,
  state,
  tailored,
  perspective,
  onToggle,
  onAdd,
  onEdit,
  onRemove,
}: ChecklistSectionProps) {
  const t = useTranslations('prepare.list');
  const say = (text: Worded) => forPerspective(text, perspective);
  const itemError = useItemError();
  const { done, total } = listProgress(
    state,
    list.id,
    items.map((item) => item.id),
  );
  const custom = state.custom.filter((c) => c.listId === list.id);
  return (
    <section
      id={list.id}
      aria-labelledby={`${list.id}-name`}
      className="checklist mt-12 max-w-prose break-inside-avoid-page"
    >
      {/* The region is named by the title alone, so the count can sit in the heading without renaming it. */}
      <h2 id={`${list.id}-title`} tabIndex={-1} className="text-2xl font-bold">
        <span id={`${list.id}-name`}>{list.title}</span>{' '}
        <span className="whitespace-nowrap text-lg font-normal text-ink-muted" aria-live="polite">
          {t('done', { done, total })}
        </span>
      </h2>
      <p className="mt-1 text-ink-muted">{say(list.description)}</p>
      {/* Sanitised at build time by lib/content. */}
      <div className="prose-content mt-2" dangerouslySetInnerHTML={{ __html: list.intro }} />
      <ul className="mt-4 space-y-5">
        {items.map((item) => {
          const key = itemKey(list.id, item.id);
          const inputId = `item-${list.id}-${item.id}`;
          return (
            <li key={item.id} className="break-inside-avoid">
              <div className="flex items-start gap-4">
                <input
                  type="checkbox"
                  id={inputId}
                  checked={isTicked(state, key)}
                  onChange={() => onToggle(key)}
                  className="mt-0.5 h-7 w-7 shrink-0 accent-ink print:hidden"
                />
                <div className="min-w-0">
                  {/* Outside the label, so the label's text stays just the item's words. */}
                  <PrintTick checked={isTicked(state, key)} />
                  <label htmlFor={inputId} className="cursor-pointer text-lg">
                    {say(item.text)}
                  </label>
                  {tailored && item.whenReason && (
                    <p className="mt-1 inline-block border-l-4 border-brand bg-pale px-2 text-base">
                      {say(item.whenReason)}
                    </p>
                  )}
                  {item.why && (
                    <details className="no-print mt-1 text-base">
                      <summary className="cursor-pointer text-ink-muted">
                        {t('why')}
                        <span className="sr-only">: {say(item.text)}</span>
                      </summary>
                      <p className="mt-1 text-ink-muted">{say(item.why)}</p>
                    </details>
                  )}
                </div>
              </div>
            </li>
          );
        })}
        {custom.map((item) => (
          <li key={item.id} className="break-inside-avoid">
            <CustomItemRow
              id={item.id}
              text={item.text}
              ticked={isTicked(state, customKey(item.id))}
              onToggle={() => onToggle(customKey(item.id))}
              onEdit={(text) => onEdit(item.id, text)}
              onRemove={() => onRemove(item.id)}
            />
          </li>
        ))}
      </ul>
      <SectionSources name={list.title} sources={items.flatMap((item) => item.sources)} />
      <details className="no-print mt-4">
        <summary className="cursor-pointer text-brand underline">{t('addSummary')}</summary>
        <TextEntry
          label={t('addLabel', { list: list.title })}
          submitText={t('addButton')}
          limit={MAX_ITEM_LENGTH}
          validate={(value) => itemError(value, state)}
          onSubmit={onAdd}
        />
      </details>
    </section>
  );
}
