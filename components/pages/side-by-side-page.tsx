import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CompareSteps } from '@/components/compare/compare-steps';
import { SideBySide } from '@/components/compare/side-by-side';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

const NAMESPACES = ['compare', 'share', 'ui'] as const;

export async function sideBySideMetadata(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'compare.meta.sideBySide' });
  return pageMetadata(locale, '/compare/side-by-side', { title: t('title'), description: t('description') });
}

export async function SideBySidePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'compare.meta.sideBySide' });
  return (
    <ClientMessages locale={locale} namespaces={NAMESPACES}>
      <CompareSteps current="/compare/side-by-side" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <SideBySide words={getContent(locale).compare} />
    </ClientMessages>
  );
}
