import type { Metadata } from 'next';
import { CheckAnswers } from '@/components/guide/check-answers';
import { getRules } from '@/lib/content';

export const metadata: Metadata = { title: 'Check your answers' };

export default function CheckPage() {
  const triggers = getRules().triggers.map(({ id, order, perspectives, askWhen, question, answers }) => ({
    id,
    order,
    perspectives,
    ...(askWhen ? { askWhen } : {}),
    question,
    answers: answers.map(({ value, label }) => ({ value, label })),
  }));
  return <CheckAnswers triggers={triggers} />;
}
