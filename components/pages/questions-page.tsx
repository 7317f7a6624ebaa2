import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { QuestionsView } from '@/components/questions/questions-view';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export const questionsMetadata = (locale: Locale) =>
  pageMetadata(locale, '/questions', messagesFor(locale).questions.meta);

export function QuestionsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} namespaces={['questions', 'share', 'ui']}>
      <QuestionsView topics={getContent(locale).questionTopics} />
    </ClientMessages>
  );
}
