import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { formatDate } from '@/lib/format-date';

describe('sources', () => {
  const { sources, articles } = getContent();

  it('gives every source an id, a citation, a year or null, and what it supports', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source.citation.length).toBeGreaterThan(10);
      expect(source.supports.length).toBeGreaterThan(10);
      expect(source.year === null || (source.year > 1900 && source.year <= 2026)).toBe(true);
    }
  });

  it('adds no web address or DOI that evidence.md does not give', () => {
    for (const source of sources)
      expect(`${source.citation} ${source.supports}`).not.toMatch(/https?:|www\.|doi/i);
    // evidence.md names these two sites; every other source has no link.
    expect(Object.fromEntries(sources.filter((s) => s.url).map((s) => [s.id, s.url]))).toEqual({
      '988-lifeline': 'https://988lifeline.org',
      'medicare-part-b': 'https://www.medicare.gov',
    });
  });

  it('says what kind of document each source is, and describes the origin articles by what they are', () => {
    for (const source of sources) expect(source.kind.length, source.id).toBeGreaterThan(5);
    const seeds = sources.filter((s) => s.id.startsWith('seed-'));
    expect(seeds).toHaveLength(4);
    for (const seed of seeds) {
      expect(`${seed.citation} ${seed.kind}`, seed.id).not.toMatch(/unsigned|undated/i);
      expect(seed.kind, seed.id).toMatch(/article|handout|blog|guide/i);
    }
  });

  it('is cited by the articles, each of which cites at least one source', () => {
    const cited = new Set(articles.flatMap((a) => a.sources.map((s) => s.id)));
    for (const article of articles) expect(article.sources.length, article.file).toBeGreaterThan(0);
    expect(cited.size).toBeGreaterThan(5);
  });
});

describe('formatDate', () => {
  it('writes dates the US way without depending on the time zone', () => {
    expect(formatDate('2026-11-21')).toBe('November 21, 2026');
    expect(formatDate('2026-01-05')).toBe('January 5, 2026');
  });

  it('writes dates in Spanish for Spanish pages', () => {
    expect(formatDate('2026-11-21', 'es')).toBe('21 de noviembre de 2026');
  });

  it('returns anything else unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
  });
});
