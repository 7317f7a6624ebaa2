import { setRequestLocale } from 'next-intl/server';
import { CompareSteps } from '@/components/compare/compare-steps';
import { SideBySide } from '@/components/compare/side-by-side';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

const NAMESPACES = ['compare', 'share', 'ui'] as const;

export const sideBySideMetadata = (locale: Locale) =>
  pageMetadata(locale, '/compare/side-by-side', {
    title: 'The opinions side by side',
    description: 'See where the doctors agree and differ, and what to do next.',
  });

export function SideBySidePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} namespaces={NAMESPACES}>
      <CompareSteps current="/compare/side-by-side" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">The opinions side by side</h1>
      <SideBySide words={getContent(locale).compare} />
    </ClientMessages>
  );
}
