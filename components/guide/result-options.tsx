import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Situation } from '@/lib/engine';
import { type OptionGrid as Grid, shownOptions } from '@/lib/engine/options';
import { Section } from '@/components/ui/section';
import { OptionGrid } from './option-grid';

/** Both choices weighed with the same care, the figures behind them, and where to read the downsides. */
export function ResultOptions({
  grid,
  situation,
  figures,
}: {
  grid: Grid;
  situation: Situation;
  figures?: ReactNode;
}) {
  return (
    <Section id="options-title" title="Your choices side by side" className="mt-10 sm:max-w-none">
      <OptionGrid grid={grid} options={shownOptions(grid, situation)} />
      {figures}
      <p className="mt-6 max-w-prose">
        Every choice has a cost. Read about the{' '}
        <Link href="/learn/risks-and-downsides" prefetch={false}>
          risks and downsides of a second opinion
        </Link>
        , and when going ahead makes sense.
      </p>
    </Section>
  );
}
