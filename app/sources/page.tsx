import type { Metadata } from 'next';
import { getContent } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Sources',
  description:
    'Every source the guide uses: the full reference, its date, what kind of document it is, and what we use it for.',
};

export default function SourcesPage() {
  const { sources, sourcesIntro } = getContent();
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Sources</h1>
      {/* Rendered from content/sources.md at build time and sanitised by rehype-sanitize (lib/content/markdown.ts). */}
      <div className="prose-content mt-6" dangerouslySetInnerHTML={{ __html: sourcesIntro }} />
      <ol className="mt-8 list-decimal space-y-8 pl-6">
        {sources.map((source) => (
          <li key={source.id} id={source.id} className="scroll-mt-6 break-inside-avoid">
            <p className="font-bold">
              <cite className="not-italic">{source.citation}</cite>
            </p>
            <dl className="mt-2 grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
              <dt className="font-semibold">Date</dt>
              <dd className="mb-2 sm:mb-0">{source.year ?? 'No date given'}</dd>
              <dt className="font-semibold">What it is</dt>
              <dd className="mb-2 sm:mb-0">{source.kind}</dd>
              <dt className="font-semibold">We use it for</dt>
              <dd className="mb-2 sm:mb-0">{source.supports}</dd>
              {source.url && (
                <>
                  <dt className="font-semibold">Link</dt>
                  <dd className="mb-2 sm:mb-0">
                    <a href={source.url} rel="noreferrer" className="break-all">
                      {source.url.replace(/^https:\/\//, '')}
                    </a>
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </article>
  );
}
