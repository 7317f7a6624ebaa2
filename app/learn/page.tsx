import type { Metadata } from 'next';
import Link from 'next/link';
import { getContent } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Learn about second opinions',
  description: 'Short, plain articles about getting a second medical opinion, each with its sources.',
};

export default function LearnIndex() {
  const { articles } = getContent();
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Learn about second opinions</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">
        Short articles in plain words. Each one lists its sources and when it was last checked.
      </p>
      <ol className="mt-8 max-w-prose divide-y divide-line border-y border-line">
        {articles.map((article) => (
          <li key={article.slug} className="py-5">
            <h2 className="text-xl font-bold">
              <Link href={`/learn/${article.slug}`}>{article.title}</Link>
            </h2>
            <p className="mt-1">{article.description}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
