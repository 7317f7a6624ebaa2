import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Citation } from '@/lib/engine';
import { DEFAULT_LOCALE, type Locale, localePath } from '@/lib/i18n/locales';

/** The citation as a list entry: the year is added only when the full reference does not already hold it. */
export function citationWithYear({ citation, year }: Pick<Citation, 'citation' | 'year'>) {
  const text = citation.replace(/\.$/, '');
  return year && !text.includes(String(year)) ? `${text} (${year})` : text;
}

/** Each source once, in the order first cited. */
export function distinctSources<T extends { id: string }>(sources: readonly T[]): T[] {
  return [...new Map(sources.map((source) => [source.id, source])).values()];
}

interface SectionSourcesProps {
  sources: readonly Citation[];
  /** What the sources back: this section or this table. */
  what?: 'section' | 'table' | 'questions';
  /** The section's name for screen readers, when a page has several of these lists. */
  name?: string;
}

/**
 * The sources of one part of a page, gathered once and folded so they do not crowd the advice.
 * Paper cannot open a fold, so print shows the same list unfolded.
 */
export function SectionSources({ sources, what = 'section', name }: SectionSourcesProps) {
  const t = useTranslations('ui.sources');
  const locale = useLocale() as Locale;
  const distinct = distinctSources(sources);
  if (distinct.length === 0) return null;
  const title = t(what);
  const lang = locale === DEFAULT_LOCALE ? undefined : 'en';
  // On paper a link cannot be followed: the printed copy is the references as plain text.
  const list = (linked: boolean) => (
    <ol className="mt-2 list-decimal space-y-1 pl-6">
      {distinct.map((source) => (
        <li key={source.id}>
          {linked ? (
            <Link href={localePath(locale, `/sources#${source.id}`)} prefetch={false} lang={lang}>
              {citationWithYear(source)}
            </Link>
          ) : (
            <span lang={lang}>{citationWithYear(source)}</span>
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <div className="mt-4 max-w-prose text-base">
      <details className="print:hidden">
        <summary className="cursor-pointer text-ink-muted">
          {title}
          {name && <span className="sr-only">: {name}</span>} ({distinct.length})
        </summary>
        {list(true)}
      </details>
      <div className="hidden print:block">
        <p className="font-bold">{title}</p>
        {list(false)}
      </div>
    </div>
  );
}

/** A short name for a source beside a figure: "Van Such and colleagues, 2017", or the document's own title. */
export function shortCitation(
  { citation, year }: Pick<Citation, 'citation' | 'year'>,
  andColleagues = 'and colleagues',
) {
  const author = /^(\p{Lu}[\p{L}'’ -]*?)\s+\p{Lu}{1,3}(?:,|\.)/u.exec(citation)?.[1];
  if (author) return year ? `${author} ${andColleagues}, ${year}` : `${author} ${andColleagues}`;
  return citationWithYear({ citation: citation.split(/\.\s/)[0] ?? citation, year });
}
