import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PacketView } from '@/components/packet/packet-view';
import { PrepareView } from '@/components/prepare/prepare-view';
import { QuestionsView } from '@/components/questions/questions-view';
import { VisitNotes } from '@/components/questions/visit-notes';
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

export const questionsMetadata = (locale: Locale) =>
  pageMetadata(locale, '/questions', {
    title: 'Questions to ask',
    description:
      'Pick the questions to ask at a second opinion, add your own, put them in order and print them.',
  });

export function QuestionsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} namespaces={['questions', 'share', 'ui']}>
      <QuestionsView topics={getContent(locale).questionTopics} />
    </ClientMessages>
  );
}

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
