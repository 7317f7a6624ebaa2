import type { Metadata } from 'next';
import { PacketView } from '@/components/packet/packet-view';
import { getContent, getRules } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Your visit packet',
  description: 'Your result, your questions and your records checklist on a few printed pages.',
};

export default function PacketPage() {
  const { checklists, questionTopics, compare } = getContent();
  const records = checklists.find((list) => list.id === 'records');
  // The packet is built around this list; without it the build should stop, not serve a broken page.
  if (!records) throw new Error('content/checklists/records.md is missing');
  return <PacketView rules={getRules()} records={records} topics={questionTopics} compareWords={compare} />;
}
