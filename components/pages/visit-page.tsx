import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { VisitNotes } from '@/components/questions/visit-notes';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export const visitMetadata = (locale: Locale) =>
  pageMetadata(locale, '/questions/visit', messagesFor(locale).questions.visit.meta);

export function VisitPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} namespaces={['questions', 'share', 'ui']}>
      <VisitNotes topics={getContent(locale).questionTopics} />
    </ClientMessages>
  );
}
