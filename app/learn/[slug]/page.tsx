import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/learn/content-page';
import { getArticle, getContent } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<'/learn/[slug]'>): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? { title: article.title, description: article.description } : {};
}

export default async function ArticlePage({ params }: PageProps<'/learn/[slug]'>) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const { articles } = getContent();
  const next = articles[articles.indexOf(article) + 1];
  return (
    <ContentPage
      {...article}
      before={
        <nav aria-label="Breadcrumb" className="no-print mb-4 text-base">
          <Link href="/learn">Learn</Link>
        </nav>
      }
    >
      {next && (
        <nav
          aria-label="Next article"
          className="no-print mt-10 max-w-prose rounded border border-line bg-pale p-4"
        >
          <p className="text-base text-ink-muted">Next article</p>
          <Link href={`/learn/${next.slug}`} className="text-xl font-bold">
            {next.title}
          </Link>
        </nav>
      )}
    </ContentPage>
  );
}
