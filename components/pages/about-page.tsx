import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HowItWorks } from '@/components/guide/how-it-works';
import { ContentPage } from '@/components/learn/content-page';
import { SourceList } from '@/components/learn/source-list';
import { getContent, getPage, getRules } from '@/lib/content';
import { type Locale, localePath } from '@/lib/i18n/locales';

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
