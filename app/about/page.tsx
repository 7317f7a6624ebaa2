import type { Metadata } from 'next';
import { ContentPage } from '@/components/learn/content-page';
import { HowItWorks } from '@/components/guide/how-it-works';
import { SourceList } from '@/components/learn/source-list';
import { getContent, getPage, getRules } from '@/lib/content';

const page = getPage('about');

export const metadata: Metadata = { title: page.title, description: page.description };

export default function AboutPage() {
  return (
    <ContentPage {...page} sources={[]}>
      <HowItWorks rules={getRules()} html={getContent().howItWorks} />
      <SourceList sources={getContent().sources} headingId="all-sources" />
    </ContentPage>
  );
}
