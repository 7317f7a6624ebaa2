import type { Condition, Worded } from '../engine/types';
import type { ContentProblem } from './errors';
import { citationResolver, conditionChecker, type ParsedTrigger } from './rules';
import type { ChecklistFrontmatter, QuestionTopicFrontmatter, Source } from './schemas';

/** One thing to do; its words are in three versions, for whose care it is (read with `forPerspective`). */
export interface ChecklistItem {
  id: string;
  text: Worded;
  why?: Worded;
  sources: Source[];
  when?: Condition[];
  whenReason?: Worded;
}

export interface Checklist {
  id: string;
  title: string;
  description: Worded;
  order: number;
  /** Sanitised HTML introducing the list. */
  intro: string;
  items: ChecklistItem[];
}

export interface BankQuestion {
  id: string;
  /** Read with `forPerspective`: the person asks about themselves, their child or the person they care for. */
  text: Worded;
  topicId: string;
  sources: Source[];
}

export interface QuestionTopic {
  id: string;
  title: string;
  order: number;
  intro: string;
  questions: BankQuestion[];
}

interface Parsed<T> {
  file: string;
  slug: string;
  data: T;
  body: string;
  /** The body rendered for its language. */
  html: string;
}

interface Context {
  problems: ContentProblem[];
  sourceById: Map<string, Source>;
  triggers: ParsedTrigger[];
}

/** Reports ids used twice, across files as well as within one. */
function duplicateChecker(add: (file: string, field: string, message: string) => void) {
  const seen = new Map<string, string>();
  return (scope: string, id: string, file: string, field: string) => {
    const key = `${scope}:${id}`;
    if (seen.has(key)) add(file, field, `"${id}" is also used in ${seen.get(key)}`);
    else seen.set(key, file);
  };
}

export function buildChecklists(
  parsed: Parsed<ChecklistFrontmatter>[],
  { problems, sourceById, triggers }: Context,
) {
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const citations = citationResolver(sourceById, add);
  const checkConditions = conditionChecker(new Map(triggers.map((t) => [t.data.id, t])), add);
  const duplicate = duplicateChecker(add);
  return parsed
    .map(({ file, slug, data, html }): Checklist => {
      if (data.id !== slug) add(file, 'id', `must match the file name ("${slug}")`);
      duplicate('list', data.id, file, 'id');
      const items = data.items.map((item, i) => {
        duplicate(data.id, item.id, file, `items[${i}].id`);
        checkConditions(file, `items[${i}].when`, item.when);
        return { ...item, sources: citations(file, `items[${i}].sources`, item.sources) };
      });
      return { ...data, intro: html, items };
    })
    .sort((a, b) => a.order - b.order);
}

export function buildQuestionBank(
  parsed: Parsed<QuestionTopicFrontmatter>[],
  { problems, sourceById }: Context,
) {
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const citations = citationResolver(sourceById, add);
  // Chosen questions are saved by id, so an id must be unique across the whole bank.
  const duplicate = duplicateChecker(add);
  return parsed
    .map(({ file, slug, data, html }): QuestionTopic => {
      if (data.id !== slug) add(file, 'id', `must match the file name ("${slug}")`);
      duplicate('topic', data.id, file, 'id');
      const questions = data.questions.map((question, i) => {
        duplicate('question', question.id, file, `questions[${i}].id`);
        return {
          ...question,
          topicId: data.id,
          sources: citations(file, `questions[${i}].sources`, question.sources),
        };
      });
      return { ...data, intro: html, questions };
    })
    .sort((a, b) => a.order - b.order);
}
