import type { Citation } from '@/lib/engine';

/** A short source line under a reason or caution; the full list is on each article and on About. */
export function CitedSources({ sources }: { sources: Citation[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="mt-2 text-base text-ink-muted">
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          <cite className="not-italic">{source.citation.replace(/\.$/, '')}</cite>
          {source.year ? ` (${source.year})` : ''}
        </span>
      ))}
    </p>
  );
}
