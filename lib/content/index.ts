import { loadContent, type Content } from './load';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

export { loadContent, type Article, type Content, type Figure, type Page } from './load';
export { ContentError, type ContentProblem } from './errors';
export type { Source } from './schemas';
export { fernandezHuerta, proseOf, readability } from './readability';

const cached = new Map<Locale, Content>();

/** The validated content in one language, read once per process (at build time for prerendered pages). */
export function getContent(locale: Locale = DEFAULT_LOCALE): Content {
  let content = cached.get(locale);
  if (!content) {
    content = loadContent(undefined, locale);
    cached.set(locale, content);
  }
  return content;
}

export function getArticle(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return getContent(locale).articles.find((article) => article.slug === slug);
}

/** A standing page (About, Privacy) by its file name; missing ones fail the build, not the visitor. */
export function getPage(slug: string, locale: Locale = DEFAULT_LOCALE) {
  const page = getContent(locale).pages.find((entry) => entry.slug === slug);
  if (!page) throw new Error(`content/pages/${slug}.md is missing`);
  return page;
}

/** The validated rule set for the engine: triggers, levels, cautions, next steps and the SURE check. */
export function getRules(locale: Locale = DEFAULT_LOCALE) {
  return getContent(locale).rules;
}

/** The options grid: the decision, both options side by side, and when to offer asking the first doctor more. */
export function getOptions(locale: Locale = DEFAULT_LOCALE) {
  return getContent(locale).options;
}

/** The figures an article introduces, in the order content/figures.md lists them. */
export function getFigures(articleSlug: string, locale: Locale = DEFAULT_LOCALE) {
  return getContent(locale).figures.filter((figure) => figure.article === articleSlug);
}
export {
  contentSections,
  contentText,
  figuresIn,
  unsourcedFigures,
  type TextSection,
  type UnsourcedFigure,
} from './text';
