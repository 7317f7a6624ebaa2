import { setRequestLocale } from 'next-intl/server';
import { ResultView } from '@/components/guide/result-view';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getContent, getOptions } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const resultMetadata = (locale: Locale) =>
  pageMetadata(locale, '/guide/result', {
    title: 'Your result',
    description: 'Which of the usual reasons for a second opinion apply, why, and what to do next.',
  });

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
