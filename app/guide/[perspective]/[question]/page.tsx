import type { Metadata } from 'next';
import { MovedPage, movedMetadata } from '@/components/guide/moved-page';
import { getRules } from '@/lib/content';

// Questions had an address each before the wizard moved into one page; old links land on the same question.
export const dynamicParams = false;
export const metadata: Metadata = movedMetadata;

export function generateStaticParams() {
  return getRules().triggers.flatMap((trigger) =>
    trigger.perspectives.map((perspective) => ({ perspective, question: trigger.id })),
  );
}

export default async function OldQuestionPage({ params }: PageProps<'/guide/[perspective]/[question]'>) {
  const { perspective, question } = await params;
  return <MovedPage href={`/guide#${perspective}/${question}`} to="the question" />;
}
