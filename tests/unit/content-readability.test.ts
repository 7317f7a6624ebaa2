import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { proseOf, readability } from '@/lib/content';

const CONTENT = path.join(process.cwd(), 'content');
// Frontmatter fields that readers see as sentences (titles and citations are names, not prose).
const PROSE_FIELDS = new Set([
  'description',
  'supports',
  'hint',
  'summary',
  'text',
  'help',
  'childNote',
  'notSure',
  'question',
  'why',
  'whenReason',
  'steps',
  'limitNote',
  'talkItThrough',
  'weighingNote',
]);
const MAX_GRADE = 8.0;

function frontmatterProse(value: unknown, prose = false): string[] {
  if (typeof value === 'string') return prose ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => frontmatterProse(item, prose));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => frontmatterProse(v, prose || PROSE_FIELDS.has(key)));
  return [];
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

describe('plain language', () => {
  it.each(files(CONTENT).map((file) => [path.relative(process.cwd(), file), file]))(
    '%s reads at or below grade 8',
    (name, file) => {
      const { data, content } = matter(fs.readFileSync(file, 'utf8'));
      const text = [...frontmatterProse(data), proseOf(content)].join('\n');
      const { grade, words } = readability(text);
      expect(words, `${name} has no prose`).toBeGreaterThan(0);
      expect(grade, `${name} reads at grade ${grade}, above ${MAX_GRADE}`).toBeLessThanOrEqual(MAX_GRADE);
    },
  );
});

describe('readability formula', () => {
  it('scores short plain sentences low and long dense ones high', () => {
    expect(readability('The cat sat. The dog ran. We ate.').grade).toBeLessThan(2);
    const dense =
      'Multidisciplinary institutional consultation substantially increases diagnostic reclassification among heterogeneous populations, notwithstanding considerable methodological limitations.';
    expect(readability(dense).grade).toBeGreaterThan(16);
  });

  it('treats each list item as its own sentence and ignores headings', () => {
    const prose = proseOf(
      '## A very long heading with many extraordinarily complicated words\n\n- Call your doctor\n- Ask for records\n',
    );
    expect(prose).toBe('Call your doctor\nAsk for records');
    expect(readability(prose).sentences).toBe(2);
  });
});
