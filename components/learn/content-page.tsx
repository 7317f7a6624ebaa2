import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { formatDate } from '@/lib/format-date';
import { getFigures, type Source } from '@/lib/content';
import { StudyFigures } from './figure';
import { SourceList } from './source-list';

interface ContentPageProps {
  title: string;
  description: string;
  reviewed: string;
  html: string;
  sources: Source[];
  /** An article's file name: the figures it introduces are drawn at its end. */
  slug?: string;
  locale: Locale;
  before?: ReactNode;
  children?: ReactNode;
}

/** An article or standing page: heading, summary, review date, the rendered Markdown and its sources. */
export function ContentPage({
  title,
  description,
  reviewed,
  html,
  sources,
  slug,
  locale,
  before,
  children,
}: ContentPageProps) {
  const t = useTranslations('learn');
  // The figures go before the closing summary and actions, so the page ends with what to do.
  const cut = html.indexOf('<h2 id="in-short"');
  const [body, ending] = cut > 0 && slug ? [html.slice(0, cut), html.slice(cut)] : [html, ''];
  return (
    <article>
      {before}
      <h1 className="max-w-prose text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{description}</p>
      <p className="mt-3 text-base text-ink-muted">
        {t('reviewed')} <time dateTime={reviewed}>{formatDate(reviewed, locale)}</time>
      </p>
      {/* Rendered from content/ at build time and sanitised by rehype-sanitize (lib/content/markdown.ts). */}
      <div className="prose-content mt-8" dangerouslySetInnerHTML={{ __html: body }} />
      {slug && <StudyFigures figures={getFigures(slug, locale)} locale={locale} />}
      {ending && <div className="prose-content mt-8" dangerouslySetInnerHTML={{ __html: ending }} />}
      {children}
      <SourceList sources={sources} locale={locale} />
    </article>
  );
}
