import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { IconArray } from '@/components/ui/icon-array';
import { shortCitation } from '@/components/ui/section-sources';
import type { Figure } from '@/lib/content';
import { localePath } from '@/lib/i18n/locales';

/** The key study figures beside the choices: each out of 100, drawn and said in words. */
export function ResultFigures({ figures }: { figures: Figure[] }) {
  const t = useTranslations('result.figures');
  const locale = useLocale();
  const counted = figures.filter((figure) => figure.count !== undefined);
  if (counted.length === 0) return null;
  const sources = counted
    .map((figure) => figure.source)
    .filter((source, i, all) => all.findIndex((s) => s.id === source.id) === i);
  return (
    <section aria-labelledby="figures-title" className="mt-8 max-w-prose break-inside-avoid">
      <h3 id="figures-title" className="text-xl font-bold">
        {t('title')}
      </h3>
      <div className="mt-3 grid grid-cols-2 gap-4">
        {counted.map((figure) => (
          <figure key={figure.id}>
            <IconArray count={figure.count!} label={figure.says} className="w-full max-w-32" />
            <figcaption className="mt-2 text-base">{figure.says}</figcaption>
          </figure>
        ))}
      </div>
      <p className="mt-3 text-base">
        {t('note')}{' '}
        {sources.map((source, i) => (
          <span key={source.id}>
            {i > 0 && '; '}
            {t('source')}{' '}
            <Link href={localePath(locale, `/sources#${source.id}`)} prefetch={false}>
              {shortCitation(source, t('andColleagues'))}
            </Link>
          </span>
        ))}
      </p>
    </section>
  );
}
