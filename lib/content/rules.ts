import { requiredValues, REQUIRED_TRIGGER_IDS } from '../engine/contract';
import { type Condition, PERSPECTIVES, type RuleSet, type TriggerRule } from '../engine/types';
import type { ContentProblem } from './errors';
import type { RulesFrontmatter, Source, TriggerFrontmatter } from './schemas';

type AddProblem = (file: string, field: string, message: string) => void;
type TriggerLike = { data: { order: number; answers: { value: string }[] } };

/**
 * Checks `when`/`askWhen` conditions: every key must be a known question (or `perspective`) and
 * every value one of its answers. With `beforeOrder`, a condition may only look at questions asked
 * earlier, so routing can never loop.
 */
export function conditionChecker(byId: Map<string, TriggerLike>, add: AddProblem) {
  return (file: string, field: string, conditions: Condition[] | undefined, beforeOrder = Infinity) =>
    conditions?.forEach((condition, c) =>
      Object.entries(condition).forEach(([key, values]) => {
        const where = `${field}${conditions.length > 1 ? `[${c}]` : ''}.${key}`;
        const allowed =
          key === 'perspective' ? [...PERSPECTIVES] : byId.get(key)?.data.answers.map((a) => a.value);
        if (!allowed) return add(file, where, `unknown question id "${key}"`);
        const target = byId.get(key);
        if (target && target.data.order >= beforeOrder)
          add(file, where, `must refer to a question asked earlier (order below ${beforeOrder})`);
        values.forEach((value) => {
          if (!allowed.includes(value))
            add(file, where, `"${value}" is not an answer (expected ${allowed.join(', ')})`);
        });
      }),
    );
}

/** Looks up source ids, reporting each unknown one at its field. */
export function citationResolver(sourceById: Map<string, Source>, add: AddProblem) {
  return (file: string, field: string, ids: string[]) =>
    ids.flatMap((id, i) => {
      const source = sourceById.get(id);
      if (!source) add(file, `${field}[${i}]`, `unknown source id "${id}" (see content/sources.md)`);
      return source ? [source] : [];
    });
}

export interface ParsedTrigger {
  file: string;
  slug: string;
  data: TriggerFrontmatter;
  body: string;
  /** The body rendered for its language. */
  html: string;
}

interface Context {
  problems: ContentProblem[];
  sourceById: Map<string, Source>;
  articleSlugs: Set<string>;
}

/** Builds the engine's rule set and checks every id that the triggers and rules.md refer to. */
export function buildRuleSet(
  parsedTriggers: ParsedTrigger[],
  rules: { file: string; data: RulesFrontmatter } | undefined,
  { problems, sourceById, articleSlugs }: Context,
): RuleSet | undefined {
  const byId = new Map(parsedTriggers.map((t) => [t.data.id, t]));
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const citations = citationResolver(sourceById, add);
  const checkConditions = conditionChecker(byId, add);

  const orders = new Map<number, string>();
  const ids = new Map<string, string>();
  const triggers: TriggerRule[] = parsedTriggers.map(({ file, slug, data, html }) => {
    if (data.id !== slug) add(file, 'id', `must match the file name ("${slug}")`);
    if (ids.has(data.id)) add(file, 'id', `"${data.id}" is also used by ${ids.get(data.id)}`);
    ids.set(data.id, file);
    if (orders.has(data.order)) add(file, 'order', `${data.order} is also used by ${orders.get(data.order)}`);
    orders.set(data.order, file);
    const expected = requiredValues(data.id);
    const values = data.answers.map((a) => a.value);
    if (expected && (values.length !== expected.length || !expected.every((v) => values.includes(v))))
      add(file, 'answers', `must offer exactly ${expected.join(', ')}`);
    checkConditions(file, 'askWhen', data.askWhen, data.order);
    return {
      ...data,
      sources: citations(file, 'sources', data.sources),
      explanation: html,
    };
  });

  for (const id of REQUIRED_TRIGGER_IDS) {
    if (!byId.has(id))
      add(`content/triggers/${id}.md`, 'file', `is missing (the id "${id}" is part of the contract)`);
  }
  if (!rules) {
    add('content/rules.md', 'file', 'is missing');
    return undefined;
  }
  const { file, data } = rules;
  checkConditions(file, 'timeSensitiveWhen', data.timeSensitiveWhen);
  const cautions = data.cautions.map((caution, i) => {
    checkConditions(file, `cautions[${i}].when`, caution.when);
    return { ...caution, sources: citations(file, `cautions[${i}].sources`, caution.sources) };
  });
  for (const list of ['nextSteps', 'firstSteps'] as const)
    data[list].forEach((step, i) => {
      checkConditions(file, `${list}[${i}].when`, step.when);
      const slug = /^\/learn\/([^/#]+)/.exec(step.href)?.[1];
      if (slug && !articleSlugs.has(slug))
        add(file, `${list}[${i}].href`, `links to an unknown article "${step.href}"`);
    });

  return {
    triggers: triggers.sort((a, b) => a.order - b.order),
    levels: data.levels,
    timeSensitiveWhen: data.timeSensitiveWhen,
    cautions,
    nextSteps: data.nextSteps,
    firstSteps: data.firstSteps,
    sure: data.sure,
  };
}
