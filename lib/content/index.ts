import { loadContent, type Content } from './load';

export { loadContent, type Article, type Content, type Figure, type Page } from './load';
export { ContentError, type ContentProblem } from './errors';
export type { Source } from './schemas';
export { fernandezHuerta, proseOf, readability } from './readability';

let cached: Content | undefined;

/** The validated content, read once per process (at build time for prerendered pages). */
export function getContent(): Content {
  cached ??= loadContent();
  return cached;
}

export function getArticle(slug: string) {
  return getContent().articles.find((article) => article.slug === slug);
}

/** A standing page (About, Privacy) by its file name; missing ones fail the build, not the visitor. */
export function getPage(slug: string) {
  const page = getContent().pages.find((entry) => entry.slug === slug);
  if (!page) throw new Error(`content/pages/${slug}.md is missing`);
  return page;
}

/** The validated rule set for the engine: triggers, levels, cautions, next steps and the SURE check. */
export function getRules() {
  return getContent().rules;
}

/** The options grid: the decision, both options side by side, and when to offer asking the first doctor more. */
export function getOptions() {
  return getContent().options;
}

/** The figures an article introduces, in the order content/figures.md lists them. */
export function getFigures(articleSlug: string) {
  return getContent().figures.filter((figure) => figure.article === articleSlug);
}
export {
  contentSections,
  contentText,
  figuresIn,
  unsourcedFigures,
  type TextSection,
  type UnsourcedFigure,
} from './text';
