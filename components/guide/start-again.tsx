'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { GUIDE_START } from '@/lib/guide/paths';
import { localePath } from '@/lib/i18n/locales';
import { guideStore } from './guide-store';

/**
 * Start again, asking first: it deletes every answer saved on this device and returns to the first
 * question (`onDone` does that inside the wizard; elsewhere it opens the wizard).
 */
export function StartAgain({ onDone, level }: { onDone?: () => void; level?: 2 | 3 }) {
  const router = useRouter();
  const t = useTranslations('guide.startAgain');
  const locale = useLocale();
  return (
    <ConfirmAction
      buttonText={t('button')}
      question={t('question')}
      detail={t('detail')}
      confirmText={t('confirm')}
      cancelText={t('cancel')}
      {...(level ? { level } : {})}
      onConfirm={() => {
        guideStore.getState().reset();
        if (onDone) onDone();
        else router.push(localePath(locale, GUIDE_START));
      }}
    />
  );
}
