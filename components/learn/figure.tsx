import Link from 'next/link';
import { IconArray } from '@/components/ui/icon-array';
import { shortCitation } from '@/components/ui/section-sources';
import type { Figure as FigureData } from '@/lib/content';

/** One study figure: the number in words, a picture of it out of 100, what it meant, and its source. */
export function Figure({ figure }: { figure: FigureData }) {
  const { count, range, says, meaning, source } = figure;
  return (
    <figure className="mt-6 rounded border border-line p-4 break-inside-avoid">
      <p className="text-lg font-bold">{says}</p>
      {count !== undefined && <IconArray count={count} label={says} className="mt-3" />}
      {range && (
        <p className="mt-2">
          The studies gave quite different numbers, so this shows the lowest and the highest.
        </p>
      )}
      <figcaption className="mt-3">
        <p>{meaning}</p>
        <p className="mt-2 text-base text-ink-muted">
          Source: <Link href={`/sources#${source.id}`}>{shortCitation(source)}</Link>
        </p>
      </figcaption>
    </figure>
  );
}

/** The figures an article introduces, at its end. */
export function StudyFigures({ figures }: { figures: FigureData[] }) {
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="figures" className="mt-12 max-w-prose">
      <h2 id="figures" className="text-2xl font-bold">
        What the studies found
      </h2>
      <p className="mt-2">
        Each picture shows 100 squares. The filled squares show how many out of 100. A change means what the
        second doctor concluded or advised. These studies did not show whose view was right, or if health got
        better. Use them as one part of your choice, not as a forecast of what will happen to you.
      </p>
      {figures.map((figure) => (
        <Figure key={figure.id} figure={figure} />
      ))}
    </section>
  );
}
