import type { Metadata } from 'next';
import { VisitNotes } from '@/components/questions/visit-notes';
import { getContent } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Note what each doctor said',
  description: "Write down each doctor's answers to your questions, saved on this device.",
};

export default function VisitPage() {
  return <VisitNotes topics={getContent().questionTopics} />;
}
