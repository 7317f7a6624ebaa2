import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { citationWithYear } from '@/components/ui/section-sources';
import type { Source } from '@/lib/content';
import { DEFAULT_LOCALE, type Locale, localePath } from '@/lib/i18n/locales';

/** A page's sources, kept short: each links to its full entry on /sources. */
export function SourceList({
  sources,
  locale,
  headingId = 'sources',
}: {
  sources: Source[];
  locale: Locale;
  headingId?: string;
}) {
  const t = useTranslations('learn.sourceList');
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mt-12 max-w-prose border-t border-line pt-6">
      <h2 id={headingId} className="mb-3 text-xl font-bold">
        {t('title')}
      </h2>
      <ol className="list-decimal space-y-2 pl-6 text-base">
        {sources.map((source) => (
          <li key={source.id}>
            <Link
              href={localePath(locale, `/sources#${source.id}`)}
              lang={locale === DEFAULT_LOCALE ? undefined : 'en'}
            >
              {citationWithYear(source)}
            </Link>
            <span className="block text-ink-muted">{source.kind}</span>
          </li>
        ))}
      </ol>
      <p className="mt-4 text-base">
        {t.rich('all', { link: (chunks) => <Link href={localePath(locale, '/sources')}>{chunks}</Link> })}
      </p>
    </section>
  );
}
