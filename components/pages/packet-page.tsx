import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PacketView } from '@/components/packet/packet-view';
import { getContent, getRules } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const packetMetadata = (locale: Locale) =>
  pageMetadata(locale, '/packet', {
    title: 'Your visit packet',
    description: 'Your result, your questions and your records checklist on a few printed pages.',
  });

export function PacketPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { checklists, questionTopics, compare } = getContent(locale);
  const records = checklists.find((list) => list.id === 'records');
  // The packet is built around this list; without it the build should stop, not serve a broken page.
  if (!records) throw new Error('content/checklists/records.md is missing');
  return (
    <ClientMessages locale={locale} namespaces={['packet', 'result', 'questions', 'compare', 'ui']}>
      <PacketView rules={getRules(locale)} records={records} topics={questionTopics} compareWords={compare} />
    </ClientMessages>
  );
}
