import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { renderMarkdown } from '@/lib/content/markdown';
import { LOCALES } from '@/lib/i18n/locales';

const TABLE = '| Choice | Cost |\n| --- | --- |\n| Go ahead | None |\n';

function parse(html: string) {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every rendered page of Markdown in the content, with where it was found. */
function renderedHtml(value: unknown, at: string, found: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') {
    if (value.trimStart().startsWith('<')) found.push([at, value]);
  } else if (Array.isArray(value)) value.forEach((item, i) => renderedHtml(item, `${at}[${i}]`, found));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) renderedHtml(item, `${at}.${key}`, found);
  return found;
}

/** The accessible name of a table's scroll box, from its label or the element it points to. */
function regionName(doc: Document, region: Element): string {
  const by = region.getAttribute('aria-labelledby');
  if (by) return doc.getElementById(by)?.textContent?.trim() ?? '';
  return region.getAttribute('aria-label') ?? '';
}

describe('Markdown tables scroll in a box the keyboard can reach', () => {
  it('puts a table in a focusable region named by the heading it sits under', () => {
    const doc = parse(renderMarkdown(`## Two choices\n\nSome words.\n\n${TABLE}`));
    const region = doc.querySelector('table')!.parentElement!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.className).toContain('overflow-x-auto');
    expect(regionName(doc, region)).toBe('Two choices');
  });

  it('names a table with no heading above it by its column headings', () => {
    const doc = parse(renderMarkdown(TABLE));
    const region = doc.querySelector('table')!.parentElement!;
    expect(region.getAttribute('role')).toBe('region');
    expect(regionName(doc, region)).toBe('Choice, Cost');
  });

  it('follows a heading whose id is taken from the English twin', () => {
    const html = renderMarkdown(`## Dos opciones\n\n${TABLE}`, { headingIds: ['two-choices'] });
    const doc = parse(html);
    const region = doc.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-labelledby')).toBe('two-choices');
    expect(regionName(doc, region)).toBe('Dos opciones');
  });

  it('never lets content set a role or tabindex of its own', () => {
    const html = renderMarkdown('<div role="region" tabindex="0">x</div>\n\nText.');
    expect(html).not.toContain('role=');
    expect(html).not.toContain('tabindex');
  });

  it.each(LOCALES)('wraps every table in the %s content, each with a name', (locale) => {
    const pages = renderedHtml(getContent(locale), 'content');
    const tables = pages.flatMap(([at, html]) => {
      const doc = parse(html);
      return [...doc.querySelectorAll('table')].map((table) => ({ at, doc, table }));
    });
    // The articles have tables, so this cannot pass by finding none.
    expect(tables.length).toBeGreaterThan(1);
    const unreachable = tables
      .filter(({ doc, table }) => {
        const region = table.parentElement!;
        return (
          region.getAttribute('role') !== 'region' ||
          region.getAttribute('tabindex') !== '0' ||
          regionName(doc, region) === ''
        );
      })
      .map(({ at }) => at);
    expect(unreachable).toEqual([]);
  });
});
