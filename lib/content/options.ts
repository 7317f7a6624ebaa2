import type { OptionGrid } from '../engine/options';
import type { ContentProblem } from './errors';
import { citationResolver, conditionChecker, type ParsedTrigger } from './rules';
import type { OptionGridFrontmatter, Source } from './schemas';

/** Checks options.md's conditions against the questions and resolves every cell's sources. */
export function buildOptionGrid(
  parsed: { file: string; data: OptionGridFrontmatter; intro: string },
  {
    problems,
    sourceById,
    triggers,
  }: { problems: ContentProblem[]; sourceById: Map<string, Source>; triggers: ParsedTrigger[] },
): OptionGrid {
  const { file, data, intro } = parsed;
  const add = (_file: string, field: string, message: string) => problems.push({ file, field, message });
  const citations = citationResolver(sourceById, add);
  const checkConditions = conditionChecker(new Map(triggers.map((t) => [t.data.id, t])), add);
  data.options.forEach((option, i) => checkConditions(file, `options[${i}].when`, option.when));
  const toCitation = ({ id, citation, year }: Source) => ({ id, citation, year });
  const rows = data.rows.map((row, r) => ({
    ...row,
    // Cells follow the options' order, whatever order the file wrote them in.
    cells: Object.fromEntries(
      data.options.flatMap(({ id }) => {
        const cell = row.cells[id];
        if (!cell) return [];
        const sources = citations(file, `rows[${r}].cells.${id}.sources`, cell.sources).map(toCitation);
        return [[id, { text: cell.text, sources }]];
      }),
    ),
  }));
  return { ...data, rows, intro };
}
