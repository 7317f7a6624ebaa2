import type { Source } from '@/lib/content';

export function SourceList({ sources, headingId = 'sources' }: { sources: Source[]; headingId?: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mt-12 max-w-prose border-t border-line pt-6">
      <h2 id={headingId} className="mb-3 text-xl font-bold">
        Sources
      </h2>
      <ol className="list-decimal space-y-3 pl-6 text-base">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <cite className="not-italic">{source.citation}</cite> {source.year ?? 'Undated'}.
            <span className="block text-ink-muted">What it tells us: {source.supports}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
