import { useTranslations } from 'next-intl';
import type { Citation } from '@/lib/engine';
import type { GridCell, GridOption, OptionGrid as Grid } from '@/lib/engine/options';

interface OptionGridProps {
  grid: Grid;
  /** The options to show, from `shownOptions(grid, situation)`; each becomes a column. */
  options: GridOption[];
  /** The level of each question's heading in the phone layout, one below the section holding the grid. */
  headingLevel?: 3 | 4;
  /** Keeps link targets unique if a page ever shows the grid twice. */
  idPrefix?: string;
}

/** Each source once, numbered in the order a reader meets it: row by row, option by option. */
function numberSources(grid: Grid, options: GridOption[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const row of grid.rows)
    for (const option of options)
      for (const source of row.cells[option.id]?.sources ?? [])
        if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}

/** The cell's sources as numbers in brackets, each a link to its entry in the folded list. */
function SourceRefs({
  cell,
  numberOf,
  idOf,
}: {
  cell: GridCell;
  numberOf: Map<string, number>;
  idOf: (id: string) => string;
}) {
  const t = useTranslations('result.options');
  return (
    <span className="text-ink-muted">
      {' '}
      [
      {cell.sources
        .map((source) => ({ id: source.id, n: numberOf.get(source.id) ?? 0 }))
        .sort((a, b) => a.n - b.n)
        .map(({ id, n }, i) => (
          <span key={id}>
            {i > 0 && ', '}
            <a href={`#${idOf(id)}`}>
              <span className="sr-only">{t('source')} </span>
              {n}
            </a>
          </span>
        ))}
      ]
    </span>
  );
}

function SourceItems({ sources, idOf }: { sources: Citation[]; idOf?: (id: string) => string }) {
  return (
    <ol className="mt-3 list-decimal space-y-2 pl-6 text-base">
      {sources.map((source) => (
        <li key={source.id} id={idOf?.(source.id)}>
          <cite className="not-italic">{source.citation.replace(/\.$/, '')}</cite>
          {source.year ? ` (${source.year})` : ''}.
        </li>
      ))}
    </ol>
  );
}

/**
 * The decision and its options side by side, Option Grid style: rows are the questions patients
 * ask, columns the options. Wide screens and paper get a table; phones get the same cells stacked
 * under each question, so nothing scrolls sideways, and folded, so the grid does not take over a
 * long result page. CSS hides one of the two layouts, so a screen reader meets only one. Sources
 * are gathered once, folded, and each cell points to them by number.
 */
export function OptionGrid({ grid, options, headingLevel = 3, idPrefix = 'options' }: OptionGridProps) {
  const columns = options.filter((option) => grid.rows.every((row) => row.cells[option.id]));
  const sources = numberSources(grid, columns);
  const numberOf = new Map(sources.map((source, i) => [source.id, i + 1]));
  const sourceId = (id: string) => `${idPrefix}-source-${id}`;
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations('result.options');
  const sourcesTitle = useTranslations('ui.sources')('table');

  return (
    <div className="option-grid">
      {/* Sanitised at build time by lib/content. */}
      {grid.intro && <div className="prose-content mt-4" dangerouslySetInnerHTML={{ __html: grid.intro }} />}

      <div className="mt-6 hidden sm:block print:block">
        <table className="w-full table-fixed border-collapse text-left align-top text-base">
          <caption className="mb-3 text-left text-lg font-bold">{grid.decision}</caption>
          <thead>
            <tr className="border-b-4 border-ink align-bottom">
              <th scope="col" className="w-1/4 py-2 pr-3">
                {t('question')}
              </th>
              {columns.map((option) => (
                <th key={option.id} scope="col" className="py-2 pr-3">
                  {option.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.id} className="break-inside-avoid border-b border-line align-top">
                <th scope="row" className="py-3 pr-3">
                  {row.question}
                </th>
                {columns.map((option) => {
                  const cell = row.cells[option.id];
                  return (
                    <td key={option.id} className="py-3 pr-3">
                      {cell && (
                        <>
                          {cell.text}
                          <SourceRefs cell={cell} numberOf={numberOf} idOf={sourceId} />
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="mt-6 sm:hidden print:hidden">
        {/* On phones the page around the grid names the decision already; the table keeps it as its caption. */}
        <p className="sr-only">{grid.decision}</p>
        {grid.rows.map((row) => (
          // Folded on phones, so the whole result stays a few screens long; open one to compare.
          <details key={row.id} className="mt-3 border-t border-line pt-3">
            <summary className="cursor-pointer">
              <Heading className="inline text-lg font-bold">{row.question}</Heading>
            </summary>
            <dl className="mt-2 space-y-3">
              {columns.map((option) => {
                const cell = row.cells[option.id];
                return (
                  <div key={option.id} className="border-l-4 border-line pl-3">
                    <dt className="font-semibold">{option.label}</dt>
                    <dd>
                      {cell?.text}
                      {cell && <SourceRefs cell={cell} numberOf={numberOf} idOf={sourceId} />}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </details>
        ))}
      </div>

      {sources.length > 0 && (
        <>
          <details className="mt-6 max-w-prose print:hidden">
            <summary className="cursor-pointer font-semibold text-brand underline underline-offset-2">
              {sourcesTitle}
            </summary>
            <SourceItems sources={sources} idOf={sourceId} />
          </details>
          {/* A closed fold prints closed, so paper gets the list open; screens never show this copy. */}
          <div className="hidden max-w-prose print:block">
            <p className="mt-6 font-semibold">{sourcesTitle}</p>
            <SourceItems sources={sources} />
          </div>
        </>
      )}
    </div>
  );
}
