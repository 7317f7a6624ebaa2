import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { VisitNotes } from '@/components/questions/visit-notes';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const visitMetadata = (locale: Locale) =>
  pageMetadata(locale, '/questions/visit', {
    title: 'Note what each doctor said',
    description: "Write down each doctor's answers to your questions, saved on this device.",
  });

export function VisitPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} namespaces={['questions', 'ui']}>
      <VisitNotes topics={getContent(locale).questionTopics} />
    </ClientMessages>
  );
}
