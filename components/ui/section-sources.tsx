import type { Citation } from '@/lib/engine';

/** Every source a section relies on, once each, folded so the reading stays plain. */
export function SectionSources({ sources }: { sources: Citation[] }) {
  const distinct = sources.filter((s, i) => sources.findIndex((t) => t.id === s.id) === i);
  if (distinct.length === 0) return null;
  return (
    <details className="mt-4 text-base">
      <summary className="cursor-pointer font-semibold">Sources for this section ({distinct.length})</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {distinct.map((source) => (
          <li key={source.id}>
            <a href={`/sources#${source.id}`}>{source.citation.replace(/\.$/, '')}</a>
            {source.year ? ` (${source.year})` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
