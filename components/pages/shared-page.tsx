import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SharedView } from '@/components/share/shared-view';
import { getContent, getOptions, getRules } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const sharedMetadata = (locale: Locale) =>
  pageMetadata(locale, '/shared', {
    title: 'A shared copy',
    description: 'A copy of answers, checklists, questions or a comparison that someone shared with you.',
  });

export function SharedPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { checklists, questionTopics, compare } = getContent(locale);
  return (
    <ClientMessages locale={locale} namespaces={['share', 'result', 'prepare', 'questions', 'compare', 'ui']}>
      <SharedView
        rules={getRules(locale)}
        checklists={checklists}
        topics={questionTopics}
        compareWords={compare}
        grid={getOptions(locale)}
      />
    </ClientMessages>
  );
}
