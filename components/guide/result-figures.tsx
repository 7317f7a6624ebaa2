import Link from 'next/link';
import { IconArray } from '@/components/ui/icon-array';
import { shortCitation } from '@/components/ui/section-sources';
import type { Figure } from '@/lib/content';

/** The key study figures beside the choices: each out of 100, drawn and said in words. */
export function ResultFigures({ figures }: { figures: Figure[] }) {
  const counted = figures.filter((figure) => figure.count !== undefined);
  if (counted.length === 0) return null;
  const sources = counted
    .map((figure) => figure.source)
    .filter((source, i, all) => all.findIndex((s) => s.id === source.id) === i);
  return (
    <section aria-labelledby="figures-title" className="mt-8 max-w-prose break-inside-avoid">
      <h3 id="figures-title" className="text-xl font-bold">
        What one large study found
      </h3>
      <div className="mt-3 grid grid-cols-2 gap-4">
        {counted.map((figure) => (
          <figure key={figure.id}>
            <IconArray count={figure.count!} label={figure.says} className="w-full max-w-32" />
            <figcaption className="mt-2 text-base">{figure.says}</figcaption>
          </figure>
        ))}
      </div>
      <p className="mt-3 text-base">
        Each square is one person. A change is what the second doctor advised; the study did not check who was
        right or if health got better. Use it as one part of your choice.{' '}
        {sources.map((source, i) => (
          <span key={source.id}>
            {i > 0 && '; '}
            Source:{' '}
            <Link href={`/sources#${source.id}`} prefetch={false}>
              {shortCitation(source)}
            </Link>
          </span>
        ))}
      </p>
    </section>
  );
}
