import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { renderMarkdown } from '@/lib/content/markdown';
import { splitEmergencyNumbers } from '@/lib/content/tel';
import { LOCALES } from '@/lib/i18n/locales';

const WHOLE_NUMBER = /(?<![\p{L}\p{N}])(911|988)(?![\p{L}\p{N}])/u;

/** Every rendered page of Markdown in the content, with where it was found. */
function renderedHtml(value: unknown, at: string, found: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') {
    if (value.trimStart().startsWith('<')) found.push([at, value]);
  } else if (Array.isArray(value)) value.forEach((item, i) => renderedHtml(item, `${at}[${i}]`, found));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) renderedHtml(item, `${at}.${key}`, found);
  return found;
}

/** Text that shows 911 or 988 without a link a phone can call. */
function untappable(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const bare: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const link = node.parentElement?.closest('a');
    const tappable = link?.getAttribute('href')?.startsWith('tel:');
    if (!tappable && WHOLE_NUMBER.test(node.textContent ?? '')) bare.push(node.textContent ?? '');
  }
  return bare;
}

describe('emergency numbers in rendered content', () => {
  it.each(LOCALES)('every 911 and 988 on a %s content page is a tel: link', (locale) => {
    const pages = renderedHtml(getContent(locale), 'content');
    // The guide's own articles mention 911, so this cannot pass by finding nothing.
    expect(pages.filter(([, html]) => html.includes('href="tel:911"')).length).toBeGreaterThan(2);
    const bare = pages.flatMap(([at, html]) => untappable(html).map((text) => `${at}: ${text}`));
    expect(bare).toEqual([]);
  });

  it('links the number only, to the number it shows', () => {
    const html = renderMarkdown('If it is an emergency, call 911. In a crisis, call or text 988.');
    expect(html).toContain('call <a href="tel:911">911</a>.');
    expect(html).toContain('text <a href="tel:988">988</a>.');
  });

  it('leaves a link the author wrote, and code, as they are', () => {
    const html = renderMarkdown('[Call 911 now](tel:911) or read `911` as code.');
    expect(html).toContain('<a href="tel:911">Call 911 now</a>');
    expect(html).toContain('<code>911</code>');
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it('still drops links with unsafe protocols', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('javascript:');
  });
});

describe('splitEmergencyNumbers', () => {
  it('finds whole numbers, in English and Spanish sentences', () => {
    expect(splitEmergencyNumbers('Call 911, or text 988.')).toEqual([
      'Call ',
      { number: '911' },
      ', or text ',
      { number: '988' },
      '.',
    ]);
    expect(splitEmergencyNumbers('Llame al 911')).toEqual(['Llame al ', { number: '911' }]);
  });

  it.each(['In 1988 it changed.', 'Room 9115', '1-800-911-0000', 'version 911.2', 'id 988-lifeline', 'A911'])(
    'leaves other numbers alone: %s',
    (text) => {
      expect(splitEmergencyNumbers(text)).toEqual([text]);
    },
  );
});
