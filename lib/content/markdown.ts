import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { DEFAULT_LOCALE, type Locale, localePath } from '../i18n/locales';
import { rehypeTelLinks } from './tel';

// The default schema plus `tel:` links, so the emergency numbers can be tapped on a phone.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
};

// Raw HTML in Markdown is dropped by remark-rehype and anything left is sanitised,
// so content can never put script or event handlers on a page.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeTelLinks)
  .use(rehypeSanitize, schema)
  .use(rehypeSlug)
  .use(rehypeStringify);

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export interface RenderOptions {
  locale?: Locale;
  /**
   * Heading ids by position, taken from the English twin, so `#anchor` links work in every language.
   */
  headingIds?: string[];
}

export function renderMarkdown(
  markdown: string,
  { locale = DEFAULT_LOCALE, headingIds }: RenderOptions = {},
): string {
  const tree = processor.runSync(processor.parse(markdown)) as HastNode;
  let heading = 0;
  const walk = (node: HastNode) => {
    if (node.type === 'element' && node.properties) {
      if (node.tagName === 'a' && typeof node.properties.href === 'string')
        node.properties.href = localePath(locale, node.properties.href);
      if (headingIds && /^h[1-6]$/.test(node.tagName ?? '')) {
        const id = headingIds[heading++];
        if (id) node.properties.id = id;
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return String(processor.stringify(tree as Parameters<typeof processor.stringify>[0]));
}

/** The ids rehype-slug gives a document's headings, in order. */
export function headingIds(markdown: string): string[] {
  const ids: string[] = [];
  const walk = (node: HastNode) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? ''))
      ids.push(String(node.properties?.id ?? ''));
    node.children?.forEach(walk);
  };
  walk(processor.runSync(processor.parse(markdown)) as HastNode);
  return ids;
}

/** Level-1 headings, internal links and heading levels, which the loader checks against the rest of the content. */
export function outline(markdown: string): { h1: number; links: string[]; headings: number[] } {
  const tree = processor.parse(markdown);
  let h1 = 0;
  const links: string[] = [];
  const headings: number[] = [];
  const walk = (node: { type: string; depth?: number; url?: string; children?: unknown[] }) => {
    if (node.type === 'heading' && node.depth === 1) h1 += 1;
    if (node.type === 'heading' && node.depth) headings.push(node.depth);
    if (node.type === 'link' && node.url) links.push(node.url);
    node.children?.forEach((child) => walk(child as typeof node));
  };
  walk(tree as Parameters<typeof walk>[0]);
  return { h1, links, headings };
}
