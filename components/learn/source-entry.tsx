import { useTranslations } from 'next-intl';
import type { Source } from '@/lib/content';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { TelText } from '@/components/ui/tel-text';

/** One source in full on /sources. A published reference keeps its own language, marked for screen readers. */
export function SourceEntry({ source, locale }: { source: Source; locale: Locale }) {
  const t = useTranslations('learn.sources');
  return (
    <li id={source.id} className="scroll-mt-6 break-inside-avoid">
      <p className="font-bold">
        <cite className="not-italic" lang={locale === DEFAULT_LOCALE ? undefined : 'en'}>
          {source.citation}
        </cite>
      </p>
      <dl className="mt-2 grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
        <dt className="font-semibold">{t('date')}</dt>
        <dd className="mb-2 sm:mb-0">{source.year ?? t('noDate')}</dd>
        <dt className="font-semibold">{t('kind')}</dt>
        <dd className="mb-2 sm:mb-0">{source.kind}</dd>
        <dt className="font-semibold">{t('supports')}</dt>
        <dd className="mb-2 sm:mb-0">
          <TelText text={source.supports} />
        </dd>
        {source.url && (
          <>
            <dt className="font-semibold">{t('link')}</dt>
            <dd className="mb-2 sm:mb-0">
              <a href={source.url} rel="noreferrer" className="break-all">
                {source.url.replace(/^https:\/\//, '')}
              </a>
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
