import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceEntry } from '@/components/learn/source-entry';
import { getContent } from '@/lib/content';
import { type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export async function sourcesMetadata(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'learn' });
  return pageMetadata(locale, '/sources', {
    title: t('sources.title'),
    description: t('sources.description'),
  });
}

export async function SourcesPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'learn' });
  const { sources, sourcesIntro } = getContent(locale);
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('sources.title')}</h1>
      {/* Rendered from content/sources.md at build time and sanitised by rehype-sanitize (lib/content/markdown.ts). */}
      <div className="prose-content mt-6" dangerouslySetInnerHTML={{ __html: sourcesIntro }} />
      <ol className="mt-8 list-decimal space-y-8 pl-6">
        {sources.map((source) => (
          <SourceEntry key={source.id} source={source} locale={locale} />
        ))}
      </ol>
    </article>
  );
}
