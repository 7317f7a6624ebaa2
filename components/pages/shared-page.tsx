import { createTranslator } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SharedView } from '@/components/share/shared-view';
import { getContent, getOptions, getRules } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export function sharedMetadata(locale: Locale) {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'share.metadata' });
  return pageMetadata(locale, '/shared', { title: t('title'), description: t('description') });
}

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
