import { setRequestLocale } from 'next-intl/server';
import { ResultView } from '@/components/guide/result-view';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getContent, getOptions } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

// Read straight from the messages, so the routes can keep a static `metadata` export.
export const resultMetadata = (locale: Locale) => {
  const { title, description } = messagesFor(locale).result.meta;
  return pageMetadata(locale, '/guide/result', { title, description });
};

// The figures of the patient-initiated study the options table cites: they weigh the choice itself.
const RESULT_FIGURES = ['meyer-diagnosis', 'meyer-treatment'];

export function ResultPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { rules, sources, figures } = getContent(locale);
  return (
    <ClientMessages locale={locale} namespaces={['result', 'guide', 'share', 'ui']}>
      <ResultView
        rules={rules}
        grid={getOptions(locale)}
        figures={figures.filter((figure) => RESULT_FIGURES.includes(figure.id))}
        sureSource={sources.find((s) => s.id === 'sure-test')}
      />
    </ClientMessages>
  );
}
