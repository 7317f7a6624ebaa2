import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PacketView } from '@/components/packet/packet-view';
import { getContent, getRules } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor, type Namespace } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export const packetMetadata = (locale: Locale) =>
  pageMetadata(locale, '/packet', messagesFor(locale).packet.meta);

/**
 * Every namespace the packet's parts read: its own words (with the result's headings; the result
 * itself is worded in content), the records list (prepare), the questions with the doctors' names
 * (questions), the comparison grid (compare), what matters (guide), the saved-data notices and
 * shared controls (ui), and the shared view's words (share).
 */
const PACKET_NAMESPACES: readonly Namespace[] = [
  'packet',
  'prepare',
  'questions',
  'compare',
  'guide',
  'share',
  'ui',
];

export function PacketPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { checklists, questionTopics, compare } = getContent(locale);
  const records = checklists.find((list) => list.id === 'records');
  // The packet is built around this list; without it the build should stop, not serve a broken page.
  if (!records) throw new Error('content/checklists/records.md is missing');
  return (
    <ClientMessages locale={locale} namespaces={PACKET_NAMESPACES}>
      <PacketView rules={getRules(locale)} records={records} topics={questionTopics} compareWords={compare} />
    </ClientMessages>
  );
}
