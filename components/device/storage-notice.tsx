'use client';

import { useTranslations } from 'next-intl';
import type { StorageProblem } from '@/lib/storage/safe-storage';
import { useStorageWords } from './storage-words';

/** A calm notice when stored data could not all be used; the page itself keeps working. */
export function StorageNotice({
  problem,
  onDismiss,
}: {
  problem: StorageProblem | null;
  onDismiss: () => void;
}) {
  const t = useTranslations('ui.storage');
  const words = useStorageWords();
  if (!problem) return null;
  const what = words.what(problem.feature);
  const [first, ...rest] =
    problem.kind === 'unreadable'
      ? [t('unreadable', { what })]
      : problem.kind === 'partial'
        ? [t('partial', { what, lost: words.lost(problem.feature, problem.lost) }), t('partialRest')]
        : [t('newer', { what }), t('newerRest')];
  return (
    <div role="status" className="mb-6 max-w-prose border-l-8 border-brand bg-pale p-4">
      <p className="font-semibold">{first}</p>
      {rest.map((line) => (
        <p key={line} className="mt-2">
          {line}
        </p>
      ))}
      <button type="button" onClick={onDismiss} className="mt-2 text-base text-brand underline">
        {t('hide')}
      </button>
    </div>
  );
}
