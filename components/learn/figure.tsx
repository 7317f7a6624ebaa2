import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { IconArray } from '@/components/ui/icon-array';
import { shortCitation } from '@/components/ui/section-sources';
import type { Figure as FigureData } from '@/lib/content';
import { type Locale, localePath } from '@/lib/i18n/locales';

/** One study figure: the number in words, a picture of it out of 100, what it meant, and its source. */
export function Figure({ figure, locale }: { figure: FigureData; locale: Locale }) {
  const t = useTranslations('learn.figures');
  const { count, range, says, meaning, source } = figure;
  return (
    <figure className="mt-6 rounded border border-line p-4 break-inside-avoid">
      <p className="text-lg font-bold">{says}</p>
      {count !== undefined && <IconArray count={count} label={says} className="mt-3" />}
      {range && <p className="mt-2">{t('range')}</p>}
      <figcaption className="mt-3">
        <p>{meaning}</p>
        <p className="mt-2 text-base text-ink-muted">
          {t('source')}{' '}
          <Link href={localePath(locale, `/sources#${source.id}`)}>
            {shortCitation(source, t('andColleagues'))}
          </Link>
        </p>
      </figcaption>
    </figure>
  );
}

/** The figures an article introduces, at its end. */
export function StudyFigures({ figures, locale }: { figures: FigureData[]; locale: Locale }) {
  const t = useTranslations('learn.figures');
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="figures" className="mt-12 max-w-prose">
      <h2 id="figures" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-2">{t('intro')}</p>
      {figures.map((figure) => (
        <Figure key={figure.id} figure={figure} locale={locale} />
      ))}
    </section>
  );
}
