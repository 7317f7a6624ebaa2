import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent, loadContent } from '@/lib/content';
import { fixture, problemsOf } from './content-fixture';

const REAL_SOURCES = fs.readFileSync(path.join(process.cwd(), 'content', 'sources.md'), 'utf8');

function article(front: Record<string, string>, body = 'Asking is normal.\n\n## Why\n\nIt helps.') {
  const fields = {
    title: 'A title',
    description: 'A short plain description.',
    order: '1',
    reviewed: '2026-11-21',
    sources: '[meyer-2015]',
    ...front,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

describe('loadContent with valid content', () => {
  it('computes slugs from file names, resolves sources and renders Markdown', () => {
    const root = fixture({
      'articles/second-one.md': article({
        title: 'Second',
        order: '2',
        // Later than any real file, so the newest date comes from the fixture, whatever content says.
        reviewed: '2099-01-01',
        sources: '[seed-when-how, meyer-2015]',
      }),
      'articles/first-one.md': article(
        { title: 'First', reviewed: '2026-10-01' },
        'See [the other](/learn/second-one).',
      ),
    });
    const loaded = loadContent(root);
    const articles = loaded.articles.filter((a) => a.slug.endsWith('-one'));
    expect(articles.map((a) => a.slug)).toEqual(['first-one', 'second-one']);
    expect(articles[1]?.sources.map((s) => s.id)).toEqual(['seed-when-how', 'meyer-2015']);
    expect(articles[0]?.html).toContain('<a href="/learn/second-one">the other</a>');
    expect(articles[1]?.html).toContain('<h2 id="why">Why</h2>');
    expect(loaded.lastReviewed).toBe('2099-01-01');
  });

  it('drops raw HTML and script from Markdown', () => {
    const root = fixture({
      'articles/unsafe.md': article(
        {},
        'Hello <script>alert(1)</script> <img src=x onerror="alert(1)">\n\n[click](javascript:alert(1))',
      ),
    });
    const html = loadContent(root).articles.find((a) => a.slug === 'unsafe')?.html ?? '';
    expect(html).toContain('Hello');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('loads the real content folder', () => {
    const { articles, pages } = getContent();
    expect(articles.length).toBeGreaterThanOrEqual(10);
    expect(pages.map((p) => p.slug).sort()).toEqual(['about', 'privacy']);
    for (const a of articles) expect(a.sources.length).toBeGreaterThan(0);
  });
});

describe('loadContent rejects malformed content, naming the file and the field', () => {
  const cases: [string, Record<string, string | null>, { file: string; field: string; message: RegExp }][] = [
    [
      'invalid YAML',
      { 'articles/bad.md': '---\ntitle: [unclosed\n---\nText.' },
      { file: 'bad.md', field: 'frontmatter', message: /not valid YAML/ },
    ],
    [
      'a missing field',
      { 'articles/bad.md': article({ title: '' }) },
      { file: 'bad.md', field: 'title', message: /expected string/ },
    ],
    [
      'a field of the wrong type',
      { 'articles/bad.md': article({ order: 'first' }) },
      { file: 'bad.md', field: 'order', message: /expected number/ },
    ],
    [
      'an unknown field',
      { 'articles/bad.md': article({ author: 'Someone' }) },
      { file: 'bad.md', field: 'author', message: /not a known field/ },
    ],
    [
      'a malformed date',
      { 'articles/bad.md': article({ reviewed: '21/11/2026' }) },
      { file: 'bad.md', field: 'reviewed', message: /YYYY-MM-DD/ },
    ],
    [
      'no sources',
      { 'articles/bad.md': article({ sources: '[]' }) },
      { file: 'bad.md', field: 'sources', message: /at least one source/ },
    ],
    [
      'an unknown source id',
      { 'articles/bad.md': article({ sources: '[meyer-2015, made-up]' }) },
      { file: 'bad.md', field: 'sources[1]', message: /unknown source id "made-up"/ },
    ],
    [
      'a bad file name',
      { 'articles/Bad_Name.md': article({}) },
      { file: 'Bad_Name.md', field: 'file name', message: /lower-case/ },
    ],
    [
      'an empty body',
      { 'articles/bad.md': article({}, '') },
      { file: 'bad.md', field: 'body', message: /empty/ },
    ],
    [
      'a level-1 heading',
      { 'articles/bad.md': article({}, '# Title again\n\nText.') },
      { file: 'bad.md', field: 'body', message: /level-1 heading/ },
    ],
    [
      'a link to a missing article',
      { 'articles/bad.md': article({}, 'See [this](/learn/nowhere).') },
      { file: 'bad.md', field: 'body', message: /unknown article "\/learn\/nowhere"/ },
    ],
    [
      'a file outside any content folder',
      { 'notes/stray.md': article({}) },
      { file: 'stray.md', field: 'file location', message: /known content folder/ },
    ],
    [
      'a missing sources file',
      { 'sources.md': null, 'articles/ok.md': article({}) },
      { file: 'sources.md', field: 'file', message: /missing/ },
    ],
    [
      'a source listed twice',
      { 'sources.md': REAL_SOURCES.replace('id: payne-2014', 'id: meyer-2015') },
      { file: 'sources.md', field: 'sources[2].id', message: /listed twice/ },
    ],
    [
      'a page without a title',
      { 'pages/about.md': '---\ndescription: About this guide here.\nreviewed: 2026-11-21\n---\nText.' },
      { file: 'about.md', field: 'title', message: /expected string/ },
    ],
  ];

  it.each(cases)('%s', (_name, files, expected) => {
    const problems = problemsOf(files);
    expect(problems).toContainEqual({
      file: expected.file,
      field: expected.field,
      message: expect.stringMatching(expected.message),
    });
  });

  it('reports every problem at once, with the file path in the message', () => {
    const root = fixture({
      'articles/one.md': article({ order: 'x' }),
      'articles/two.md': article({ sources: '[nope]' }),
    });
    expect(() => loadContent(root)).toThrow(
      /articles\/one\.md: order: .*\n.*articles\/two\.md: sources\[0\]: unknown source id "nope"/,
    );
  });
});
