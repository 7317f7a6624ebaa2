'use client';

import { useTranslations } from 'next-intl';
import { itemTextError, MAX_CUSTOM_ITEMS, MAX_ITEM_LENGTH, type PrepareState } from '@/lib/prepare/state';

/** Checks an item's text and gives the message to show in the page's language, or null when it is fine. */
export function useItemError() {
  const t = useTranslations('prepare.errors');
  return (value: string, state?: PrepareState): string | null => {
    const error = itemTextError(value, state);
    if (!error) return null;
    return t(error, { max: error === 'full' ? MAX_CUSTOM_ITEMS : MAX_ITEM_LENGTH });
  };
}
