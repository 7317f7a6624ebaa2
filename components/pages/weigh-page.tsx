import { setRequestLocale } from 'next-intl/server';
import { CompareSteps } from '@/components/compare/compare-steps';
import { WeighView } from '@/components/compare/weigh-view';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getContent, getRules } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

const NAMESPACES = ['compare', 'share', 'ui'] as const;

export const weighMetadata = (locale: Locale) =>
  pageMetadata(locale, '/compare/weigh', {
    title: 'Weigh what matters to you',
    description: 'Say what matters most to you and how each plan does on it, and see your own weighing.',
  });

export function WeighPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { compare, sources } = getContent(locale);
  return (
    <ClientMessages locale={locale} namespaces={NAMESPACES}>
      <CompareSteps current="/compare/weigh" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Weigh what matters to you</h1>
      <WeighView
        words={compare}
        sure={getRules(locale).sure}
        sureSource={sources.find((s) => s.id === 'sure-test')}
      />
    </ClientMessages>
  );
}
