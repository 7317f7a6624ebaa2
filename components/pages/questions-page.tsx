import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { QuestionsView } from '@/components/questions/questions-view';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const questionsMetadata = (locale: Locale) =>
  pageMetadata(locale, '/questions', {
    title: 'Questions to ask',
    description:
      'Pick the questions to ask at a second opinion, add your own, put them in order and print them.',
  });

export function QuestionsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} namespaces={['questions', 'share', 'ui']}>
      <QuestionsView topics={getContent(locale).questionTopics} />
    </ClientMessages>
  );
}
