'use client';

import { useTranslations } from 'next-intl';
import type { StorageProblem } from '@/lib/storage/safe-storage';

type Words = ReturnType<typeof useTranslations<'guide.storage'>>;

function message(problem: StorageProblem, t: Words): string[] {
  const { what } = problem;
  switch (problem.kind) {
    case 'unreadable':
      return [t('unreadable', { what })];
    case 'partial':
      return [t('partial', { what, lost: problem.lost.join(', ') }), t('partialRest')];
    case 'newer-version':
      return [t('newer', { what }), t('newerRest')];
  }
}

/** A calm notice when stored data could not all be used; the page itself keeps working. */
export function StorageNotice({
  problem,
  onDismiss,
}: {
  problem: StorageProblem | null;
  onDismiss: () => void;
}) {
  const t = useTranslations('guide.storage');
  if (!problem) return null;
  const [first, ...rest] = message(problem, t);
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
