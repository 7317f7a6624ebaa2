import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CompareSteps } from '@/components/compare/compare-steps';
import { OpinionsEditor } from '@/components/compare/opinions-editor';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

const NAMESPACES = ['compare', 'share', 'ui'] as const;

export async function compareMetadata(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'compare.meta.compare' });
  return pageMetadata(locale, '/compare', { title: t('title'), description: t('description') });
}

export async function ComparePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'compare' });
  const { compare, questionTopics } = getContent(locale);
  return (
    <ClientMessages locale={locale} namespaces={NAMESPACES}>
      <CompareSteps current="/compare" />
      <h1 id="opinions-title" tabIndex={-1} className="text-3xl font-bold leading-tight sm:text-4xl">
        {compare.title}
      </h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{compare.description}</p>
      {/* Sanitised at build time by lib/content. */}
      <div className="prose-content mt-4" dangerouslySetInnerHTML={{ __html: compare.intro }} />
      <p className="max-w-prose">{t('savedNote')}</p>
      <OpinionsEditor words={compare} topics={questionTopics} />
    </ClientMessages>
  );
}
