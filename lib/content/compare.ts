import { CERTAINTY, OPINION_FIELDS, PLAN_TYPES, TIMING, WHO_FIELDS } from '../compare/state';
import type { ContentProblem } from './errors';
import type { QuestionTopic } from './lists';
import { citationResolver } from './rules';
import type { CompareContent, Source } from './schemas';

export type CompareWords = Omit<CompareContent, 'outcomes'> & {
  outcomes: Record<
    keyof CompareContent['outcomes'],
    Omit<CompareContent['outcomes']['confirmation'], 'sources'> & { sources: Source[] }
  >;
  intro: string;
};

const OPTION_SETS: Record<string, readonly string[]> = {
  planType: PLAN_TYPES,
  certainty: CERTAINTY,
  timing: TIMING,
};

/** Checks compare.md against the fields the comparison stores, the question bank and the sources. */
export function buildCompareWords(
  parsed: { file: string; data: CompareContent; intro: string },
  {
    problems,
    sourceById,
    topics,
  }: { problems: ContentProblem[]; sourceById: Map<string, Source>; topics: QuestionTopic[] },
): CompareWords {
  const { file, data, intro } = parsed;
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const expected = [...WHO_FIELDS, ...OPINION_FIELDS];
  const ids = data.fields.map((f) => f.id);
  if (ids.join() !== expected.join())
    add('fields', `must list exactly ${expected.join(', ')}, in that order`);
  const bank = new Set(topics.flatMap((t) => t.questions.map((q) => q.id)));
  data.fields.forEach((field, i) => {
    if (field.bankQuestion && !bank.has(field.bankQuestion))
      add(
        `fields[${i}].bankQuestion`,
        `unknown question id "${field.bankQuestion}" (see content/questions/)`,
      );
    if ((OPINION_FIELDS as readonly string[]).includes(field.id) && !field.row)
      add(`fields[${i}].row`, 'is required for a row of the comparison');
  });
  const factorIds = new Set<string>();
  data.factors.forEach((factor, i) => {
    if (factorIds.has(factor.id)) add(`factors[${i}].id`, `"${factor.id}" is listed twice`);
    factorIds.add(factor.id);
  });
  for (const [set, values] of Object.entries(OPTION_SETS)) {
    const labels = Object.keys(data.options[set] ?? {});
    if (labels.sort().join() !== [...values].sort().join())
      add(`options.${set}`, `must label exactly ${values.join(', ')}`);
  }
  const citations = citationResolver(sourceById, (_file, field, message) => add(field, message));
  const outcomes = Object.fromEntries(
    Object.entries(data.outcomes).map(([id, outcome]) => [
      id,
      { ...outcome, sources: citations(file, `outcomes.${id}.sources`, outcome.sources) },
    ]),
  ) as CompareWords['outcomes'];
  return { ...data, outcomes, intro };
}
