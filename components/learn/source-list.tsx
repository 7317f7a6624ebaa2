import Link from 'next/link';
import { citationWithYear } from '@/components/ui/section-sources';
import type { Source } from '@/lib/content';

/** A page's sources, kept short: each links to its full entry on /sources. */
export function SourceList({ sources, headingId = 'sources' }: { sources: Source[]; headingId?: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mt-12 max-w-prose border-t border-line pt-6">
      <h2 id={headingId} className="mb-3 text-xl font-bold">
        Sources
      </h2>
      <ol className="list-decimal space-y-2 pl-6 text-base">
        {sources.map((source) => (
          <li key={source.id}>
            <Link href={`/sources#${source.id}`}>{citationWithYear(source)}</Link>
            <span className="block text-ink-muted">{source.kind}</span>
          </li>
        ))}
      </ol>
      <p className="mt-4 text-base">
        <Link href="/sources">See every source</Link>, with what we use it for.
      </p>
    </section>
  );
}
