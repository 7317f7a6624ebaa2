import type { Metadata } from 'next';
import Link from 'next/link';
import { ContentPage } from '@/components/learn/content-page';
import { HowItWorks } from '@/components/guide/how-it-works';
import { SourceList } from '@/components/learn/source-list';
import { getContent, getPage, getRules } from '@/lib/content';

const page = getPage('about');

export const metadata: Metadata = { title: page.title, description: page.description };

export default function AboutPage() {
  const { articles, howItWorks, sources } = getContent();
  // Linked from here rather than from about.md, so the page still builds before the glossary exists.
  const glossary = articles.find((article) => article.slug === 'glossary');
  return (
    <ContentPage {...page} sources={[]}>
      {glossary && (
        <p className="mt-4 max-w-prose">
          If a word is new to you, look it up in <Link href="/learn/glossary">{glossary.title}</Link>.
        </p>
      )}
      <HowItWorks rules={getRules()} html={howItWorks} />
      <SourceList sources={sources} headingId="all-sources" />
    </ContentPage>
  );
}
