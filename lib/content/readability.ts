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

export interface LecturaFacil {
  /** Fernández-Huerta reading ease: 100 is very easy, 70 and above "fairly easy" or easier. */
  score: number;
  sentences: number;
  words: number;
  syllables: number;
}

const VOWELS = 'aeiouáéíóúü';
// Two of these side by side are said as two syllables (hiatus); an accented í or ú breaks a diphthong too.
const STRONG = 'aeoáéíóú';

/** Syllables in one Spanish word: vowel groups, split where two strong vowels meet. */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  let count = 0;
  let previous = '';
  for (let i = 0; i < w.length; i++) {
    let c = w[i]!;
    // The u in que, qui, gue, gui is silent; a final y after a vowel ends a diphthong (hoy, muy).
    if (c === 'u' && (w[i - 1] === 'q' || w[i - 1] === 'g') && 'eéií'.includes(w[i + 1] ?? '')) c = 'h';
    if (c === 'y' && i === w.length - 1) c = 'i';
    const vowel = VOWELS.includes(c);
    if (vowel && (previous === '' || (STRONG.includes(previous) && STRONG.includes(c)))) count++;
    previous = vowel ? c : '';
  }
  return Math.max(1, count);
}

/**
 * Fernández-Huerta reading ease of plain Spanish text, in its corrected form:
 * 206.84 − 60 × syllables per word − 1.02 × words per sentence. Each line ends a sentence.
 */
export function fernandezHuerta(text: string): LecturaFacil {
  const sentences = text
    .split(/\n+|(?<=[.!?:;])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\d]/u.test(s));
  const words = text.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  if (words.length === 0) return { score: 0, sentences: 0, words: 0, syllables: 0 };
  const syllables = words.reduce((sum, word) => sum + (/\d/.test(word) ? 2 : spanishSyllables(word)), 0);
  const score = 206.84 - (60 * syllables) / words.length - (1.02 * words.length) / sentences.length;
  return { score: Math.round(score * 10) / 10, sentences: sentences.length, words: words.length, syllables };
}
