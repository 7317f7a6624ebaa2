import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { contentSections, figuresIn, getContent, unsourcedFigures } from '@/lib/content';
import { edit, englishContentFiles, problemsOf } from './content-fixture';

describe('study figures', () => {
  const { figures, articles } = getContent();

  it('come from the studies in evidence.md, as whole numbers out of 100', () => {
    expect(figures.map((f) => f.source.id).sort()).toEqual(
      expect.arrayContaining(['meyer-2015', 'payne-2014', 'ruetters-2016', 'van-such-2017']),
    );
    const byId = new Map(figures.map((f) => [f.id, f.count ?? f.range]));
    expect(byId.get('van-such-same')).toBe(12);
    expect(byId.get('van-such-refined')).toBe(66);
    expect(byId.get('van-such-different')).toBe(21);
    expect(byId.get('meyer-diagnosis')).toBe(15);
    expect(byId.get('meyer-treatment')).toBe(37);
    expect(byId.get('payne-major-change')).toEqual([10, 62]);
    expect(byId.get('ruetters-changed')).toEqual([12, 69]);
    expect(byId.get('ruetters-confirmed')).toEqual([43, 82]);
  });

  it('are each backed by the supports text of their source and shown in an article that exists', () => {
    const slugs = new Set(articles.map((a) => a.slug));
    for (const figure of figures) {
      const words = figure.count !== undefined ? `${figure.count}` : figure.range?.join(' to ');
      expect(figure.source.supports, figure.id).toContain(`about ${words} out of 100`);
      expect(slugs.has(figure.article), `${figure.id} names article ${figure.article}`).toBe(true);
      expect(figure.says.toLowerCase(), figure.id).toContain(`about ${words} out of 100`);
    }
  });

  it('say what a change meant or where the figure came from', () => {
    for (const figure of figures)
      expect(figure.meaning, figure.id).toMatch(/concluded|advised|did not|not name|does not say|confirms/);
  });
});

describe('figures in content', () => {
  const supports = new Map(getContent().sources.map((s) => [s.id, s.supports]));

  it.each(
    englishContentFiles()
      .filter((file) => path.basename(file) !== 'sources.md')
      .sort()
      .map((file) => [path.relative(process.cwd(), file), file]),
  )('%s gives no figure that its sources do not back', (name, file) => {
    const { data, content } = matter(fs.readFileSync(file, 'utf8'), {});
    const problems = unsourcedFigures(contentSections(data, content), supports).map(
      ({ section, figure, number }) =>
        `${name} › ${section}: "${figure}" (${number}) has no source that backs it`,
    );
    expect(problems).toEqual([]);
  });
});

describe('finding unsourced figures', () => {
  const supports = new Map([
    ['study', 'The diagnosis changed in 14.8% (about 15 out of 100) and stayed in 12% to 69%.'],
    ['handout', 'Asking is normal.'],
  ]);

  it('reads percentages, "out of" counts and both ends of a range, not years or phone numbers', () => {
    expect(
      figuresIn('In 2017, call 911. About 15 out of 100, or 14.8%, and 12% to 69%; 10 to 62 out of 100.'),
    ).toEqual([
      { figure: '15 out of', numbers: ['15'] },
      { figure: '14.8%', numbers: ['14.8'] },
      { figure: '12% to 69%', numbers: ['12', '69'] },
      { figure: '10 to 62 out of', numbers: ['10', '62'] },
    ]);
  });

  it('names the section and figure when no cited source contains the number', () => {
    const sections = [
      { label: '## Backed', text: 'About 15 out of 100 got a new diagnosis.', sources: ['study'] },
      { label: '## Wrong source', text: 'About 15 out of 100 got a new diagnosis.', sources: ['handout'] },
      { label: 'frontmatter items[0].why', text: 'It changed 12% to 70% of plans.', sources: ['study'] },
      { label: '## No source', text: 'Only 30% ask.', sources: [] },
    ];
    expect(unsourcedFigures(sections, supports)).toEqual([
      { section: '## Wrong source', figure: '15 out of', number: '15' },
      { section: 'frontmatter items[0].why', figure: '12% to 70%', number: '70' },
      { section: '## No source', figure: '30%', number: '30' },
    ]);
  });
});

describe('figures.md is checked like the rest of content', () => {
  it('names a figure with an unknown source or article', () => {
    const text = edit('figures.md', 'source: van-such-2017', 'source: no-such-study').replace(
      'article: when-a-second-opinion-helps',
      'article: no-such-article',
    );
    expect(problemsOf({ 'figures.md': text })).toEqual([
      { file: 'figures.md', field: 'figures[0].source', message: expect.stringContaining('"no-such-study"') },
      { file: 'figures.md', field: 'figures[6].article', message: 'unknown article "no-such-article"' },
    ]);
  });

  it('rejects a figure with both a count and a range, or words that do not say its number', () => {
    const both = edit('figures.md', '    count: 12\n', '    count: 12\n    range: [10, 20]\n');
    expect(problemsOf({ 'figures.md': both })).toContainEqual(
      expect.objectContaining({ file: 'figures.md', field: 'figures[0].count' }),
    );
    const wrong = edit('figures.md', 'About 21 out of 100', 'About 20 out of 100');
    expect(problemsOf({ 'figures.md': wrong })).toContainEqual(
      expect.objectContaining({ file: 'figures.md', field: 'figures[2].says' }),
    );
    expect(problemsOf({ 'figures.md': null })).toEqual([
      { file: 'figures.md', field: 'file', message: 'is missing' },
    ]);
  });
});
