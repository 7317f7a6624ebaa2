import { matches, type Situation } from './conditions';
import type { Citation, Condition } from './types';

/** One choice in the options grid, such as "Ask for a second opinion". */
export interface GridOption {
  id: string;
  label: string;
  /** Shown only when one of these matches the answers; absent means always shown. */
  when?: Condition[];
}

export interface GridCell {
  text: string;
  sources: Citation[];
}

/** A question patients ask, answered once for every option. */
export interface GridRow {
  id: string;
  question: string;
  cells: Record<string, GridCell>;
}

/** The decision and its options side by side, Option Grid style: rows are questions, columns are options. */
export interface OptionGrid {
  title: string;
  decision: string;
  options: GridOption[];
  rows: GridRow[];
  /** Sanitised HTML: a short introduction to the grid. */
  intro: string;
}

/** The options to show for these answers, in the order the content lists them. */
export function shownOptions(grid: Pick<OptionGrid, 'options'>, situation: Situation): GridOption[] {
  return grid.options.filter((option) => matches(option.when, situation));
}
