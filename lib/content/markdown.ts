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

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The scroll box every Markdown table sits in (Tailwind finds these classes here too). */
export const TABLE_REGION_CLASS =
  'table-region mb-4 overflow-x-auto focus-visible:bg-transparent [&>table]:mb-0';

const isHeading = (node: HastNode) => node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '');

const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** The words of a table's header cells, in order. */
function columnHeadings(node: HastNode): string[] {
  if (node.type === 'element' && node.tagName === 'th') return [textOf(node).replace(/\s+/g, ' ').trim()];
  return (node.children ?? []).flatMap(columnHeadings);
}

/**
 * A rehype step: each table goes in a box that scrolls sideways on a narrow phone, and that box can
 * take keyboard focus (WCAG 2.1.1; axe's scrollable-region-focusable), so it can be scrolled with the
 * arrow keys. A focusable box needs a name: the heading it sits under, or else the table's own column
 * headings, so the name is always in the page's language. Runs after sanitising: content cannot set a
 * role or tabindex itself, only this step does.
 */
function rehypeTableRegions() {
  return (tree: HastNode) => {
    let heading: string | undefined;
    const visit = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (isHeading(child)) {
          const id = child.properties?.id;
          heading = typeof id === 'string' && id ? id : undefined;
          return child;
        }
        if (child.type !== 'element' || child.tagName !== 'table') {
          visit(child);
          return child;
        }
        const name = heading
          ? { ariaLabelledBy: [heading] }
          : { ariaLabel: columnHeadings(child).join(', ') };
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: TABLE_REGION_CLASS.split(' '), role: 'region', tabIndex: 0, ...name },
          children: [child],
        };
      });
    };
    visit(tree);
  };
}

// Raw HTML in Markdown is dropped by remark-rehype and anything left is sanitised,
// so content can never put script or event handlers on a page.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeTelLinks)
  .use(rehypeSanitize, schema)
  .use(rehypeSlug)
  .use(rehypeTableRegions)
  .use(rehypeStringify);

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
  // A table's box is named by its heading's id, which may change here: it follows the heading.
  const renamed = new Map<string, string>();
  const walk = (node: HastNode) => {
    if (node.type === 'element' && node.properties) {
      if (node.tagName === 'a' && typeof node.properties.href === 'string')
        node.properties.href = localePath(locale, node.properties.href);
      if (headingIds && /^h[1-6]$/.test(node.tagName ?? '')) {
        const id = headingIds[heading++];
        if (id) {
          renamed.set(String(node.properties.id), id);
          node.properties.id = id;
        }
      }
      const labelledBy = node.properties.ariaLabelledBy;
      if (Array.isArray(labelledBy))
        node.properties.ariaLabelledBy = labelledBy.map((id: string) => renamed.get(id) ?? id);
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
