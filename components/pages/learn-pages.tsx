import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HowItWorks } from '@/components/guide/how-it-works';
import { ContentPage } from '@/components/learn/content-page';
import { SourceList } from '@/components/learn/source-list';
import { SourceEntry } from '@/components/learn/source-entry';
import { DeviceData } from '@/components/share/device-data';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getArticle, getContent, getPage, getRules } from '@/lib/content';
import { type Locale, localePath } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

/** Every article's slug, for both languages' static params. */
export const articleParams = () => getContent().articles.map((article) => ({ slug: article.slug }));

export async function learnMetadata(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'learn' });
  return pageMetadata(locale, '/learn', { title: t('index.title'), description: t('index.description') });
}

export async function LearnIndex({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'learn' });
  const { articles } = getContent(locale);
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('index.title')}</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{t('index.intro')}</p>
      <ol className="mt-8 max-w-prose divide-y divide-line border-y border-line">
        {articles.map((article) => (
          <li key={article.slug} className="py-5">
            <h2 className="text-xl font-bold">
              <Link href={localePath(locale, `/learn/${article.slug}`)}>{article.title}</Link>
            </h2>
            <p className="mt-1">{article.description}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function articleMetadata(locale: Locale, slug: string) {
  const article = getArticle(slug, locale);
  return article
    ? pageMetadata(locale, `/learn/${slug}`, { title: article.title, description: article.description })
    : {};
}

export async function ArticlePage({ locale, slug }: { locale: Locale; slug: string }) {
  setRequestLocale(locale);
  const article = getArticle(slug, locale);
  if (!article) notFound();
  const t = await getTranslations({ locale, namespace: 'learn' });
  const { articles } = getContent(locale);
  const next = articles[articles.indexOf(article) + 1];
  return (
    <ContentPage
      {...article}
      locale={locale}
      before={
        <nav aria-label={t('breadcrumb')} className="no-print mb-4 text-base">
          <Link href={localePath(locale, '/learn')}>{t('learn')}</Link>
        </nav>
      }
    >
      {next && (
        <nav
          aria-label={t('next')}
          className="no-print mt-10 max-w-prose rounded border border-line bg-pale p-4"
        >
          <p className="text-base text-ink-muted">{t('next')}</p>
          <Link href={localePath(locale, `/learn/${next.slug}`)} className="text-xl font-bold">
            {next.title}
          </Link>
        </nav>
      )}
    </ContentPage>
  );
}

export async function sourcesMetadata(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'learn' });
  return pageMetadata(locale, '/sources', { title: t('sources.title'), description: t('sources.description') });
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

export function standingPageMetadata(locale: Locale, slug: 'about' | 'privacy') {
  const page = getPage(slug, locale);
  return pageMetadata(locale, `/${slug}`, { title: page.title, description: page.description });
}

export async function AboutPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'learn' });
  const { articles, howItWorks, sources } = getContent(locale);
  // Linked from here rather than from about.md, so the page still builds before the glossary exists.
  const glossary = articles.find((article) => article.slug === 'glossary');
  return (
    <ContentPage {...getPage('about', locale)} locale={locale} sources={[]}>
      {glossary && (
        <p className="mt-4 max-w-prose">
          {t('glossaryLead')} <Link href={localePath(locale, '/learn/glossary')}>{glossary.title}</Link>.
        </p>
      )}
      <HowItWorks rules={getRules(locale)} html={howItWorks} />
      <SourceList sources={sources} headingId="all-sources" locale={locale} />
    </ContentPage>
  );
}

export function PrivacyPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ContentPage {...getPage('privacy', locale)} locale={locale}>
      <ClientMessages locale={locale} namespaces={['share']}>
        <DeviceData />
      </ClientMessages>
    </ContentPage>
  );
}
