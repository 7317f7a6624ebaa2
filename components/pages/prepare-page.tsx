import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PrepareView } from '@/components/prepare/prepare-view';
import { getContent, getRules } from '@/lib/content';
import { routingView } from '@/lib/engine';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export const prepareMetadata = (locale: Locale) =>
  pageMetadata(locale, '/prepare', messagesFor(locale).prepare.meta);

export function PreparePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} namespaces={['prepare', 'share', 'ui']}>
      <PrepareView checklists={getContent(locale).checklists} routing={routingView(getRules(locale))} />
    </ClientMessages>
  );
}
