'use client';

import { useTranslations } from 'next-intl';
import type { DroppedCount } from '@/lib/storage/versioned';

/** The words for what a feature holds and what was left out of it, from the `ui.storage` messages (every interactive page has `ui`). */
export function useStorageWords() {
  const t = useTranslations('ui.storage');
  return {
    /** "your checklists" */
    what: (feature: string) => {
      const key = `what.${feature}` as 'what.guide';
      return t.has(key) ? t(key) : feature;
    },
    /** "2 ticks, 1 other saved detail" */
    lost: (feature: string, lost: readonly DroppedCount[]) =>
      lost
        .map(({ part, count }) => {
          const key = `parts.${feature}.${part}` as 'parts.other';
          return part && t.has(key) ? t(key, { count }) : t('parts.other', { count });
        })
        .join(', '),
  };
}
