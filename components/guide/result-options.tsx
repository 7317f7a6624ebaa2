import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Situation } from '@/lib/engine';
import { type OptionGrid as Grid, shownOptions } from '@/lib/engine/options';
import { Section } from '@/components/ui/section';
import { OptionGrid } from './option-grid';

/** Both choices weighed with the same care (the grid's intro links the downsides), and the figures behind them. */
export function ResultOptions({
  grid,
  situation,
  figures,
}: {
  grid: Grid;
  situation: Situation;
  figures?: ReactNode;
}) {
  const t = useTranslations('result.options');
  return (
    <Section id="options-title" title={t('title')} className="mt-10 sm:max-w-none">
      <OptionGrid grid={grid} options={shownOptions(grid, situation)} />
      {figures}
    </Section>
  );
}
