'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { DEVICE_ONLY_STORES, DEVICE_STORES } from '@/components/device/device-stores';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { QUESTION_DRAFT_KEY } from '@/lib/questions/state';
import { CLINIC_SESSION_KEY } from '@/lib/share/fragment';
import { Section } from '@/components/ui/section';
import { TableRegion } from '@/components/ui/table-region';

/** Each store, with the key of its description in `share.device.stores`. */
const STORES = [
  { store: DEVICE_STORES.guide, what: 'guide' },
  { store: DEVICE_STORES.prepare, what: 'prepare' },
  { store: DEVICE_STORES.questions, what: 'questions' },
  { store: DEVICE_STORES.compare, what: 'compare' },
  { store: DEVICE_ONLY_STORES.letters, what: 'letters' },
  { store: DEVICE_ONLY_STORES.clinicKit, what: 'clinicKit' },
] as const;

/** What the guide keeps for this tab only, with the key of its description in `share.device.stores`. */
const SESSION_KEYS = [
  { key: CLINIC_SESSION_KEY, what: 'clinic' },
  { key: QUESTION_DRAFT_KEY, what: 'questionDraft' },
] as const;

/** Re-reads when another tab changes storage, or this one deletes (a re-render). */
function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

function presentKeys(): string {
  try {
    const local = STORES.filter(({ store }) => window.localStorage.getItem(store.key) !== null).map(
      ({ store }) => store.key,
    );
    const session = SESSION_KEYS.filter(({ key }) => window.sessionStorage.getItem(key) !== null).map(
      ({ key }) => key,
    );
    return [...local, ...session].join(' ');
  } catch {
    return '';
  }
}

/** What the guide keeps in this browser, under which names, and a way to delete all of it. */
export function DeviceData() {
  const t = useTranslations('share.device');
  const [deleted, setDeleted] = useState(0);
  useEffect(() => {
    if (deleted > 0) document.getElementById('deleted-title')?.focus();
  }, [deleted]);
  // Read on every render (a string, so unchanged reads cost nothing); a delete re-renders and re-reads.
  const present = useSyncExternalStore(subscribe, presentKeys, () => null);
  const rows = [
    ...STORES.map(({ store, what }) => ({ key: store.key, what: t(`stores.${what}`), where: t('local') })),
    ...SESSION_KEYS.map(({ key, what }) => ({ key, what: t(`stores.${what}`), where: t('session') })),
  ];

  function deleteEverything() {
    // Every open tab follows: each store hears the removal through the storage event and empties itself.
    for (const { store } of STORES) store.getState().reset();
    try {
      for (const { key } of SESSION_KEYS) window.sessionStorage.removeItem(key);
    } catch {
      // Session storage blocked: nothing was kept there.
    }
    setDeleted((n) => n + 1);
  }

  const held = present === null ? null : new Set(present.split(' ').filter(Boolean));
  return (
    <Section id="device-data-title" title={t('title')} className="mt-12">
      <TableRegion labelledBy="device-data-caption" className="mt-4">
        <table className="w-full border-collapse text-left text-base">
          <caption id="device-data-caption" className="sr-only">
            {t('caption')}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-3">
                {t('name')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('holds')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('where')}
              </th>
              <th scope="col" className="py-2">
                {t('savedNow')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-3 font-mono text-sm font-normal">
                  {row.key}
                </th>
                <td className="py-2 pr-3">{row.what}</td>
                <td className="py-2 pr-3">{row.where}</td>
                <td className="py-2">{held === null ? '…' : held.has(row.key) ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <div className="no-print mt-6">
        {deleted > 0 ? (
          <div role="status" className="border-l-8 border-brand bg-pale p-4">
            <h3 id="deleted-title" tabIndex={-1} className="text-lg font-bold">
              {t('deletedTitle')}
            </h3>
            <p className="mt-1">{t('deletedText')}</p>
          </div>
        ) : (
          <ConfirmAction
            buttonText={t('deleteButton')}
            question={t('deleteQuestion')}
            detail={t('deleteDetail')}
            confirmText={t('deleteConfirm')}
            cancelText={t('deleteCancel')}
            onConfirm={deleteEverything}
          />
        )}
      </div>
    </Section>
  );
}
