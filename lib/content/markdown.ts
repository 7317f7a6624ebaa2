import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in Markdown is dropped by remark-rehype and anything left is sanitised,
// so content can never put script or event handlers on a page.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeSlug)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
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
