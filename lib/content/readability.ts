import { fleschKincaid } from 'flesch-kincaid';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { syllable } from 'syllable';
import { unified } from 'unified';

// Headings and code are labels, not prose: counting them would flatter the grade.
const SKIP = new Set(['heading', 'code', 'inlineCode', 'html', 'definition']);
const BLOCKS = new Set(['paragraph', 'tableCell']);

export interface Readability {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

/** The prose of a Markdown document as plain text, one block per line. */
export function proseOf(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (BLOCKS.has(node.type)) {
      blocks.push(toString(node));
      return;
    }
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  return blocks.join('\n');
}

/** Flesch-Kincaid grade of plain text. Each line ends a sentence, as each list item or cell does. */
export function readability(text: string): Readability {
  const sentences = text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  if (words.length === 0) return { grade: 0, sentences: 0, words: 0, syllables: 0 };
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences: sentences.length, words: words.length, syllables };
}
