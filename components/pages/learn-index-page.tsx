import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { type Locale, localePath } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

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
