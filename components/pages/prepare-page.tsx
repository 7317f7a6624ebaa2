import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PrepareView } from '@/components/prepare/prepare-view';
import { getContent, getRules } from '@/lib/content';
import { routingView } from '@/lib/engine';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const prepareMetadata = (locale: Locale) =>
  pageMetadata(locale, '/prepare', {
    title: 'Get ready for a second opinion',
    description:
      'Checklists for records, insurance, finding a specialist, talking with your doctor, the visit and after.',
  });

export function PreparePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} namespaces={['prepare', 'share', 'ui']}>
      <PrepareView checklists={getContent(locale).checklists} routing={routingView(getRules(locale))} />
    </ClientMessages>
  );
}
