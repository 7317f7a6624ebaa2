import { setRequestLocale } from 'next-intl/server';
import { CompareSteps } from '@/components/compare/compare-steps';
import { OpinionsEditor } from '@/components/compare/opinions-editor';
import { SideBySide } from '@/components/compare/side-by-side';
import { WeighView } from '@/components/compare/weigh-view';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getContent, getRules } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

const NAMESPACES = ['compare', 'share', 'ui'] as const;

export const compareMetadata = (locale: Locale) =>
  pageMetadata(locale, '/compare', {
    title: 'Compare opinions',
    description:
      'Write down what two or three doctors said, then see them side by side and weigh what matters to you.',
  });

export function ComparePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
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
      <p className="max-w-prose">Everything you type is saved on this device as you go. All fields are optional.</p>
      <OpinionsEditor words={compare} topics={questionTopics} />
    </ClientMessages>
  );
}

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
