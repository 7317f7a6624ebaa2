import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContentPage } from '@/components/learn/content-page';
import { getArticle, getContent } from '@/lib/content';
import { type Locale, localePath } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const articleParams = () => getContent().articles.map((article) => ({ slug: article.slug }));

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
