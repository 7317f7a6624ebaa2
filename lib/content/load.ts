import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { ContentError, type ContentProblem } from './errors';
import { headingIds, outline, renderMarkdown } from './markdown';
import { overlayWording, type TranslationProblem } from './translation';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import type { OptionGrid } from '../engine/options';
import type { RuleSet } from '../engine/types';
import { buildCompareWords, type CompareWords } from './compare';
import { buildChecklists, buildQuestionBank, type Checklist, type QuestionTopic } from './lists';
import { buildOptionGrid } from './options';
import { buildRuleSet } from './rules';
import {
  articleSchema,
  checklistSchema,
  compareContentSchema,
  type FigureFrontmatter,
  figuresFileSchema,
  idSchema,
  optionGridSchema,
  questionTopicSchema,
  pageSchema,
  rulesSchema,
  type Source,
  sourcesFileSchema,
  STANDARD_LABELS,
  triggerSchema,
} from './schemas';

// One entry per content type: its folder under content/ and its schema. Adding a type is one line here.
const COLLECTIONS = {
  articles: articleSchema,
  pages: pageSchema,
  triggers: triggerSchema,
  checklists: checklistSchema,
  questions: questionTopicSchema,
} as const;
type CollectionName = keyof typeof COLLECTIONS;
const SOURCES_FILE = 'sources.md';
const RULES_FILE = 'rules.md';
const COMPARE_FILE = 'compare.md';
const OPTIONS_FILE = 'options.md';
const FIGURES_FILE = 'figures.md';

/** A validated content file, its Markdown rendered and its source ids resolved. */
export type Entry<T extends { sources: string[] }> = Omit<T, 'sources'> & {
  slug: string;
  file: string;
  sources: Source[];
  html: string;
};
export type Article = Entry<z.infer<typeof articleSchema>>;
export type Page = Entry<z.infer<typeof pageSchema>>;
/** A study figure with its source resolved. */
export type Figure = Omit<FigureFrontmatter, 'source'> & { source: Source };

export interface Content {
  sources: Source[];
  /** Sanitised HTML from the body of sources.md: how sources are chosen and what "change" means. */
  sourcesIntro: string;
  articles: Article[];
  pages: Page[];
  /** The validated rule set the engine and the wizard run on. */
  rules: RuleSet;
  checklists: Checklist[];
  questionTopics: QuestionTopic[];
  compare: CompareWords;
  /** The decision and its options side by side, for the result page. */
  options: OptionGrid;
  /** Study figures as "N out of 100", each drawn at the end of the article that introduces it. */
  figures: Figure[];
  /** Sanitised HTML from rules.md: how the level is reached, in plain words. */
  howItWorks: string;
  /** The most recent review date of any content file. */
  lastReviewed: string;
}

interface Parsed<T> {
  file: string;
  slug: string;
  data: T;
  body: string;
  /** The body rendered for its language. */
  html: string;
}

/** Where the words of one language come from, beside the English files that hold policy. */
interface Reading {
  root: string;
  locale: Locale;
}

// content/<locale>/ holds translations and content/messages/ the interface's words: neither is a collection.
const NOT_COLLECTIONS = new Set<string>([...LOCALES, 'messages']);

function walk(dir: string, top = true): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return top && NOT_COLLECTIONS.has(entry.name) ? [] : walk(full, false);
      return entry.name.endsWith('.md') ? [full] : [];
    })
    .sort();
}

function fieldOf(issuePath: readonly PropertyKey[]): string {
  if (issuePath.length === 0) return 'frontmatter';
  return issuePath
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

function readMatter(abs: string, file: string, problems: ContentProblem[]) {
  try {
    // An empty options object stops gray-matter from caching by content, so every read is checked.
    return matter(fs.readFileSync(abs, 'utf8'), {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({ file, field: 'frontmatter', message: `is not valid YAML (${reason})` });
    return undefined;
  }
}

/**
 * The English file's frontmatter with the words of the reading's language laid over it, and that
 * language's body. Problems name the translated file.
 */
function translate(
  abs: string,
  english: matter.GrayMatterFile<string>,
  { root, locale }: Reading,
  problems: ContentProblem[],
): { file: string; data: unknown; body: string; headingIds: string[] } | undefined {
  const twin = path.join(root, locale, path.relative(root, abs));
  const file = path.relative(process.cwd(), twin);
  if (!fs.existsSync(twin)) {
    problems.push({
      file,
      field: 'file',
      message: `is missing (translate ${path.relative(process.cwd(), abs)})`,
    });
    return undefined;
  }
  const parsed = readMatter(twin, file, problems);
  if (!parsed) return undefined;
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const found: TranslationProblem[] = [];
  const data = overlayWording(english.data, parsed.data, found);
  found.forEach((problem) => add(problem.field, problem.message));
  const [ours, theirs] = [outline(english.content).headings, outline(parsed.content).headings];
  if (ours.join() !== theirs.join())
    add(
      'body',
      `has headings at levels ${theirs.join(', ') || 'none'}; the English has ${ours.join(', ') || 'none'}`,
    );
  return {
    file,
    data: fillStandardLabels(data, locale),
    body: parsed.content,
    headingIds: headingIds(english.content),
  };
}

/** Answers without their own label say yes, no or not sure in the page's language. */
function fillStandardLabels(data: unknown, locale: Locale): unknown {
  const record = data as { answers?: unknown };
  if (!Array.isArray(record?.answers)) return data;
  return {
    ...record,
    answers: record.answers.map((answer: Record<string, unknown>) => ({
      ...answer,
      label: answer.label ?? STANDARD_LABELS[locale][String(answer.value)],
    })),
  };
}

function parseFile<S extends z.ZodType>(
  abs: string,
  schema: S,
  problems: ContentProblem[],
  reading?: Reading,
): Parsed<z.infer<S>> | undefined {
  let file = path.relative(process.cwd(), abs);
  const slug = path.basename(abs, '.md');
  const english = readMatter(abs, file, problems);
  if (!english) return undefined;
  const before = problems.length;
  const words =
    reading && reading.locale !== DEFAULT_LOCALE
      ? translate(abs, english, reading, problems)
      : {
          file,
          data: fillStandardLabels(english.data, DEFAULT_LOCALE),
          body: english.content,
          headingIds: undefined,
        };
  if (!words) return undefined;
  file = words.file;
  const add = (field: string, message: string) => problems.push({ file, field, message });
  if (!idSchema.safeParse(slug).success) add('file name', 'must be lower-case words joined by hyphens');
  if (words.body.trim() === '') add('body', 'is empty');
  if (outline(words.body).h1 > 0)
    add('body', 'must not use a level-1 heading (the title is the page heading)');
  const result = schema.safeParse(words.data);
  if (!result.success)
    result.error.issues.forEach((issue) =>
      issue.code === 'unrecognized_keys'
        ? add(issue.keys.join(', '), 'is not a known field')
        : add(fieldOf(issue.path), issue.message),
    );
  if (!result.success || problems.length > before) return undefined;
  const locale = reading?.locale ?? DEFAULT_LOCALE;
  return {
    file,
    slug,
    data: result.data,
    body: words.body,
    html: renderMarkdown(words.body, { locale, headingIds: words.headingIds }),
  };
}

/** Translated files with no English twin: their words would never be shown. */
function strayTranslations({ root, locale }: Reading, problems: ContentProblem[]) {
  const dir = path.join(root, locale);
  if (locale === DEFAULT_LOCALE || !fs.existsSync(dir)) return;
  for (const twin of walk(dir, false)) {
    const english = path.join(root, path.relative(dir, twin));
    if (!fs.existsSync(english))
      problems.push({
        file: path.relative(process.cwd(), twin),
        field: 'file',
        message: `has no English twin (${path.relative(process.cwd(), english)})`,
      });
  }
}

function readSources(reading: Reading, problems: ContentProblem[]): { sources: Source[]; intro: string } {
  const abs = path.join(reading.root, SOURCES_FILE);
  const file = path.relative(process.cwd(), abs);
  if (!fs.existsSync(abs)) {
    problems.push({ file, field: 'file', message: 'is missing' });
    return { sources: [], intro: '' };
  }
  const parsed = parseFile(abs, sourcesFileSchema, problems, reading);
  const sources = parsed?.data.sources ?? [];
  const seen = new Set<string>();
  sources.forEach((source, i) => {
    if (seen.has(source.id))
      problems.push({ file, field: `sources[${i}].id`, message: `"${source.id}" is listed twice` });
    seen.add(source.id);
  });
  return { sources, intro: parsed?.html ?? '' };
}

function resolveFigures(
  parsed: Parsed<{ figures: FigureFrontmatter[] }> | undefined,
  ctx: { problems: ContentProblem[]; sourceById: Map<string, Source>; articleSlugs: Set<string> },
): Figure[] {
  if (!parsed) return [];
  const seen = new Set<string>();
  return parsed.data.figures.flatMap((figure, i) => {
    const add = (field: string, message: string) =>
      ctx.problems.push({ file: parsed.file, field: `figures[${i}].${field}`, message });
    if (seen.has(figure.id)) add('id', `"${figure.id}" is listed twice`);
    seen.add(figure.id);
    if (!ctx.articleSlugs.has(figure.article)) add('article', `unknown article "${figure.article}"`);
    const source = ctx.sourceById.get(figure.source);
    if (!source) {
      add('source', `unknown source id "${figure.source}" (see content/${SOURCES_FILE})`);
      return [];
    }
    return [{ ...figure, source }];
  });
}

/** Reads, validates and renders everything in content/. Throws a ContentError naming each file and field at fault. */
export function loadContent(
  root: string = path.join(process.cwd(), 'content'),
  locale: Locale = DEFAULT_LOCALE,
): Content {
  const problems: ContentProblem[] = [];
  const reading: Reading = { root, locale };
  strayTranslations(reading, problems);
  const byCollection = Object.fromEntries(
    Object.keys(COLLECTIONS).map((name) => [name, [] as string[]]),
  ) as Record<CollectionName, string[]>;
  for (const abs of walk(root)) {
    const relative = path.relative(root, abs);
    if ([SOURCES_FILE, RULES_FILE, COMPARE_FILE, OPTIONS_FILE, FIGURES_FILE].includes(relative)) continue;
    const folder = relative.split(path.sep)[0] ?? '';
    if (relative.includes(path.sep) && folder in COLLECTIONS)
      byCollection[folder as CollectionName].push(abs);
    else
      problems.push({
        file: path.relative(process.cwd(), abs),
        field: 'file location',
        message: `is not in a known content folder (${Object.keys(COLLECTIONS).join(', ')})`,
      });
  }

  const { sources, intro: sourcesIntro } = readSources(reading, problems);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const articles = byCollection.articles.flatMap(
    (abs) => parseFile(abs, articleSchema, problems, reading) ?? [],
  );
  const pages = byCollection.pages.flatMap((abs) => parseFile(abs, pageSchema, problems, reading) ?? []);
  // Every article file counts as a link target, so one bad file is not also reported by each file linking to it.
  const articleSlugs = new Set(byCollection.articles.map((abs) => path.basename(abs, '.md')));

  function resolve<T extends { sources: string[] }>({ file, slug, data, body, html }: Parsed<T>): Entry<T> {
    data.sources.forEach((id, i) => {
      if (!sourceById.has(id))
        problems.push({
          file,
          field: `sources[${i}]`,
          message: `unknown source id "${id}" (see content/${SOURCES_FILE})`,
        });
    });
    for (const link of outline(body).links) {
      const target = /^\/learn\/([^/#?]+)/.exec(link)?.[1];
      if (target && !articleSlugs.has(target))
        problems.push({ file, field: 'body', message: `links to an unknown article "${link}"` });
    }
    return {
      ...data,
      slug,
      file,
      sources: data.sources.flatMap((id) => sourceById.get(id) ?? []),
      html,
    };
  }

  // Single files: a missing one is reported by what needs it (buildRuleSet) or here.
  const single = <S extends z.ZodType>(name: string, schema: S) => {
    // Content is read only while pages prerender, so the server bundle need not trace it.
    const abs = path.join(/*turbopackIgnore: true*/ root, name);
    if (fs.existsSync(/*turbopackIgnore: true*/ abs)) return parseFile(abs, schema, problems, reading);
    if (name !== RULES_FILE)
      problems.push({ file: path.relative(process.cwd(), abs), field: 'file', message: 'is missing' });
    return undefined;
  };
  const rulesFile = single(RULES_FILE, rulesSchema);
  const triggers = byCollection.triggers.flatMap(
    (abs) => parseFile(abs, triggerSchema, problems, reading) ?? [],
  );
  const rules = buildRuleSet(triggers, rulesFile, { problems, sourceById, articleSlugs });
  const listContext = { problems, sourceById, triggers };
  const checklists = buildChecklists(
    byCollection.checklists.flatMap((abs) => parseFile(abs, checklistSchema, problems, reading) ?? []),
    listContext,
  );
  const questionTopics = buildQuestionBank(
    byCollection.questions.flatMap((abs) => parseFile(abs, questionTopicSchema, problems, reading) ?? []),
    listContext,
  );
  const compareFile = single(COMPARE_FILE, compareContentSchema);
  const compare =
    compareFile &&
    buildCompareWords(
      { file: compareFile.file, data: compareFile.data, intro: compareFile.html },
      { problems, sourceById, topics: questionTopics },
    );
  const optionsFile = single(OPTIONS_FILE, optionGridSchema);
  const options =
    optionsFile &&
    buildOptionGrid(
      { file: optionsFile.file, data: optionsFile.data, intro: optionsFile.html },
      { problems, sourceById, triggers },
    );

  const figuresFile = single(FIGURES_FILE, figuresFileSchema);
  const figures = resolveFigures(figuresFile, { problems, sourceById, articleSlugs });

  const content = {
    sources,
    sourcesIntro,
    articles: articles.map(resolve).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    pages: pages.map(resolve),
  };
  if (problems.length > 0 || !rules || !compare || !options) throw new ContentError(problems);
  const lastReviewed =
    [...content.articles, ...content.pages]
      .map((entry) => entry.reviewed)
      .sort()
      .at(-1) ?? '';
  return {
    ...content,
    rules,
    checklists,
    questionTopics,
    compare,
    options,
    figures,
    howItWorks: rulesFile?.html ?? '',
    lastReviewed,
  };
}
