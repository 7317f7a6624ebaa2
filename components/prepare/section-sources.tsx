import type { Citation } from '@/lib/engine';

/** Each source once, in the order first cited, so a section lists it once however many items cite it. */
export function distinctSources(lists: readonly (readonly Citation[])[]): Citation[] {
  const byId = new Map<string, Citation>();
  for (const sources of lists)
    for (const source of sources) if (!byId.has(source.id)) byId.set(source.id, source);
  return [...byId.values()];
}

/**
 * One folded list of the sources behind a section's items. A source line under every item made
 * the page hard to scan on a phone; the sources stay one tap away.
 */
export function SectionSources({ title, sources }: { title: string; sources: readonly Citation[] }) {
  if (sources.length === 0) return null;
  return (
    <details className="no-print mt-6 text-base">
      <summary className="cursor-pointer text-brand underline">
        Sources for this section<span className="sr-only">: {title}</span>
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-ink-muted">
        {sources.map((source) => (
          <li key={source.id}>
            <cite className="not-italic">{source.citation.replace(/\.$/, '')}</cite>
            {source.year ? ` (${source.year})` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
