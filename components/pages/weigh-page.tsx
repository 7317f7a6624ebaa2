import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CompareSteps } from '@/components/compare/compare-steps';
import { WeighView } from '@/components/compare/weigh-view';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getContent, getRules } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

const NAMESPACES = ['compare', 'result', 'share', 'ui'] as const;

export async function weighMetadata(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'compare.meta.weigh' });
  return pageMetadata(locale, '/compare/weigh', { title: t('title'), description: t('description') });
}

export async function WeighPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'compare.meta.weigh' });
  const { compare, sources } = getContent(locale);
  return (
    <ClientMessages locale={locale} namespaces={NAMESPACES}>
      <CompareSteps current="/compare/weigh" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <WeighView
        words={compare}
        sure={getRules(locale).sure}
        sureSource={sources.find((s) => s.id === 'sure-test')}
        weighSources={sources.filter((s) => s.id === 'ottawa-guide' || s.id === 'option-grid')}
      />
    </ClientMessages>
  );
}
