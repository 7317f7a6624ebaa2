'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { StorageNotice } from '@/components/device/storage-notice';
import { useGuideSituation } from '@/components/guide/use-guide-situation';
import { useDeviceStore } from '@/components/device/use-device-store';
import { SharePanel } from '@/components/ui/share-panel';
import { PrintButton } from '@/components/ui/print-button';
import type { Checklist } from '@/lib/content/lists';
import type { RoutingView } from '@/lib/engine';
import { CHECK_PATH, GUIDE_START } from '@/lib/guide/paths';
import { localePath } from '@/lib/i18n/locales';
import {
  addCustomItem,
  editCustomItem,
  removeCustomItem,
  listProgress,
  toggleItem,
  visibleItems,
} from '@/lib/prepare/state';
import { startHere } from '@/lib/prepare/start-here';
import { ChecklistSection } from './checklist-section';
import { prepareStore } from './prepare-store';
import { StartHere } from './start-here';
import { usePerspective } from './use-perspective';

function newId() {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function PrepareView({ checklists, routing }: { checklists: Checklist[]; routing: RoutingView }) {
  const t = useTranslations('prepare');
  const locale = useLocale();
  const to = (href: string) => localePath(locale, href);
  const prepare = useDeviceStore(prepareStore);
  const { ready, situation } = useGuideSituation(routing);
  const perspective = usePerspective();
  const state = prepare.saved;
  const lists = checklists.map((list) => {
    const items = visibleItems(list.items, situation);
    return {
      list,
      items,
      progress: listProgress(
        state,
        list.id,
        items.map((item) => item.id),
      ),
    };
  });
  const overall = lists.reduce(
    (sum, { progress }) => ({ done: sum.done + progress.done, total: sum.total + progress.total }),
    { done: 0, total: 0 },
  );

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{t('intro')}</p>
      <StorageNotice problem={prepare.problem} onDismiss={prepare.dismissProblem} />
      <StartHere
        steps={startHere(checklists, situation).map((step) => ({
          ...step,
          perspective: perspective ?? step.perspective,
        }))}
      >
        {!ready ? (
          <p>{t('checking')}</p>
        ) : situation ? (
          <p>
            {t.rich('fitted', {
              guide: (chunks) => <Link href={to(GUIDE_START)}>{chunks}</Link>,
              change: (chunks) => <Link href={to(CHECK_PATH)}>{chunks}</Link>,
            })}
          </p>
        ) : (
          <p>{t.rich('allItems', { guide: (chunks) => <Link href={to(GUIDE_START)}>{chunks}</Link> })}</p>
        )}
      </StartHere>
      <aside
        aria-labelledby="letters-box-title"
        className="no-print mt-6 max-w-prose border-l-8 border-line p-4"
      >
        <h2 id="letters-box-title" className="text-lg font-bold">
          {t('letters.title')}
        </h2>
        <p className="mt-1">{t('letters.intro')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <Link href={to('/letters/first-doctor')}>
              {t('letters.firstDoctor', { perspective: perspective ?? 'self' })}
            </Link>
          </li>
          <li>
            <Link href={to('/letters/records-request')}>{t('letters.recordsRequest')}</Link>
          </li>
          <li>
            <Link href={to('/letters/doctor-summary')}>{t('letters.doctorSummary')}</Link>
          </li>
        </ul>
      </aside>
      <nav aria-label={t('onThisPage')} className="no-print mt-8 max-w-prose">
        <h2 className="text-lg font-bold">{t('onThisPage')}</h2>
        <p className="mt-1">{t('doneInAll', overall)}</p>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {lists.map(({ list, progress }) => (
            <li key={list.id}>
              <a href={`#${list.id}`}>{list.title}</a>{' '}
              <span className="text-ink-muted">{t('listCount', progress)}</span>
            </li>
          ))}
        </ol>
        <p className="mt-4">
          {t.rich('also', {
            questions: (chunks) => <Link href={to('/questions')}>{chunks}</Link>,
            packet: (chunks) => <Link href={to('/packet')}>{chunks}</Link>,
          })}
        </p>
      </nav>
      {lists.map(({ list, items }) => (
        <ChecklistSection
          key={list.id}
          list={list}
          items={items}
          state={state}
          tailored={situation !== null}
          perspective={perspective}
          onToggle={(key) => prepare.replace((current) => toggleItem(current, key))}
          onAdd={(text) =>
            prepare.replace((current) => addCustomItem(current, { id: newId(), listId: list.id, text }))
          }
          onEdit={(id, text) => prepare.replace((current) => editCustomItem(current, id, text))}
          onRemove={(id) => {
            prepare.replace((current) => removeCustomItem(current, id));
            document.getElementById(`${list.id}-title`)?.focus();
          }}
        />
      ))}
      <div className="no-print mt-12">
        <div className="flex flex-wrap items-start gap-4">
          <PrintButton>{t('print')}</PrintButton>
          <SharePanel what={t('shareWhat')} value={() => ({ kind: 'prepare', data: state })} />
        </div>
      </div>
    </>
  );
}
