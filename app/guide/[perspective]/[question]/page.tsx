import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TriggerStep } from '@/components/guide/trigger-step';
import { getRules } from '@/lib/content';
import { type Perspective, PERSPECTIVES, routingView } from '@/lib/engine';

export const dynamicParams = false;

export function generateStaticParams() {
  return getRules().triggers.flatMap((trigger) =>
    trigger.perspectives.map((perspective) => ({ perspective, question: trigger.id })),
  );
}

function find(perspective: string, id: string) {
  const trigger = getRules().triggers.find((t) => t.id === id);
  if (!trigger || !PERSPECTIVES.includes(perspective as Perspective)) return undefined;
  return { trigger, perspective: perspective as Perspective };
}

export async function generateMetadata({
  params,
}: PageProps<'/guide/[perspective]/[question]'>): Promise<Metadata> {
  const { perspective, question } = await params;
  const found = find(perspective, question);
  return found ? { title: found.trigger.question[found.perspective] } : {};
}

export default async function QuestionPage({ params }: PageProps<'/guide/[perspective]/[question]'>) {
  const { perspective: p, question } = await params;
  const found = find(p, question);
  if (!found) notFound();
  const { trigger, perspective } = found;
  return (
    <TriggerStep
      perspective={perspective}
      id={trigger.id}
      question={trigger.question[perspective]}
      hint={trigger.hint[perspective]}
      options={trigger.answers.map(({ value, label }) => ({ value, label }))}
      routing={routingView(getRules())}
    />
  );
}
