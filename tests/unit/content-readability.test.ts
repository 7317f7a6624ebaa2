import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { contentSections, contentText, proseOf, readability } from '@/lib/content';
import { englishContentFiles } from './content-fixture';

const MAX_GRADE = 8.0;
const MAX_MEDIAN = 6.5;

const graded = englishContentFiles()
  .sort()
  .map((file) => {
    const { data, content } = matter(fs.readFileSync(file, 'utf8'), {});
    return { name: path.relative(process.cwd(), file), ...readability(contentText(data, content)) };
  });

describe('plain language', () => {
  it.each(graded.map((entry) => [entry.name, entry] as const))(
    '%s reads at or below grade 8, frontmatter included',
    (name, { grade, words }) => {
      expect(words, `${name} has no prose`).toBeGreaterThan(0);
      expect(grade, `${name} reads at grade ${grade}, above ${MAX_GRADE}`).toBeLessThanOrEqual(MAX_GRADE);
    },
  );

  it(`has a median grade of ${MAX_MEDIAN} or below across all content files`, () => {
    const grades = graded.map((entry) => entry.grade).sort((a, b) => a - b);
    const mid = Math.floor(grades.length / 2);
    const median = grades.length % 2 ? grades[mid]! : (grades[mid - 1]! + grades[mid]!) / 2;
    console.log(
      `Median grade of ${grades.length} content files: ${median.toFixed(1)}. Hardest: ${[...graded]
        .sort((a, b) => b.grade - a.grade)
        .slice(0, 5)
        .map((entry) => `${entry.name} ${entry.grade}`)
        .join(', ')}`,
    );
    expect(median).toBeLessThanOrEqual(MAX_MEDIAN);
  });
});

describe('the text of a content file', () => {
  const data = {
    id: 'records',
    title: 'A Title With Extraordinarily Complicated Wording',
    description: 'Get your records.',
    sources: ['file-source'],
    items: [
      { id: 'ask', text: 'Ask the office.', why: 'They keep them.', sources: ['item-source'] },
      { id: 'pay', text: 'You may pay a fee.' },
    ],
    figures: [{ id: 'f', says: 'About 12 out of 100.', meaning: 'What the doctor said.', source: 'study' }],
  };
  const body = 'Start here.\n\n## Before\n\nCall first.\n\n## After\n\n- Write it down\n';

  it('takes reader-facing frontmatter strings but not titles, ids or source ids', () => {
    const text = contentText(data, body).split('\n');
    expect(text).toEqual([
      'Get your records.',
      'Ask the office.',
      'They keep them.',
      'You may pay a fee.',
      'About 12 out of 100.',
      'What the doctor said.',
      'Start here.',
      'Call first.',
      'Write it down',
    ]);
  });

  it('gives each frontmatter string the sources of the nearest item citing any, and each ## section the file’s', () => {
    const sections = contentSections(data, body);
    const by = (label: string) => sections.find((section) => section.label === label);
    expect(by('frontmatter description')?.sources).toEqual(['file-source']);
    expect(by('frontmatter items[0].why')?.sources).toEqual(['item-source']);
    expect(by('frontmatter items[1].text')?.sources).toEqual(['file-source']);
    expect(by('frontmatter figures[0].says')?.sources).toEqual(['study']);
    expect(by('body')?.text).toBe('Start here.');
    expect(by('## After')).toEqual({ label: '## After', text: 'Write it down', sources: ['file-source'] });
  });
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
