import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { StorageNotice } from '@/components/device/storage-notice';
import { buttonClass } from '@/components/ui/styles';
import { localePath } from '@/lib/i18n/locales';
import type { StorageProblem } from '@/lib/storage/safe-storage';

/** Shown on the later compare steps before anything has been entered. */
export function NoComparisonYet({
  problem,
  onDismiss,
}: {
  problem: StorageProblem | null;
  onDismiss: () => void;
}) {
  const t = useTranslations('compare.noneYet');
  const locale = useLocale();
  return (
    <>
      <StorageNotice problem={problem} onDismiss={onDismiss} />
      <p className="mt-6 max-w-prose">{t('text')}</p>
      <p className="mt-6">
        <Link href={localePath(locale, '/compare')} className={buttonClass}>
          {t('enter')}
        </Link>
      </p>
    </>
  );
}
