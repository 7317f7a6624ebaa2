import { useTranslations } from 'next-intl';

export function SkipLink() {
  const t = useTranslations('common');
  return (
    <a
      href="#main-content"
      className="no-print sr-only bg-focus px-4 py-2 font-semibold text-ink focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
    >
      {t('skipLink')}
    </a>
  );
}
