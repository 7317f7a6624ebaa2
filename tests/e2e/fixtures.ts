import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** WCAG's rules plus axe's best practice (heading order, landmarks, one main): every page must pass both. */
export const AXE_TAGS = [...WCAG_TAGS, 'best-practice'];

/** Every prerendered content route, read from content/ so a new article is tested without editing this list. */
export const ARTICLE_SLUGS = fs
  .readdirSync(path.join(process.cwd(), 'content', 'articles'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''));
export const ROUTES = [
  '/',
  '/learn',
  ...ARTICLE_SLUGS.map((slug) => `/learn/${slug}`),
  '/about',
  '/sources',
  '/privacy',
  '/guide',
  '/guide/result',
  '/prepare',
  '/questions',
  '/questions/visit',
  '/packet',
  '/compare',
  '/compare/side-by-side',
  '/compare/weigh',
  '/clinic',
  '/shared',
  '/letters',
  '/letters/first-doctor',
  '/letters/records-request',
  '/letters/doctor-summary',
  '/offline',
];

/**
 * The wizard's views: fragments of the one page /guide, so not in ROUTES. Each is checked like a
 * page, with these answers saved first (so Check your answers and Change mode have something to show).
 */
export const GUIDE_VIEWS: { view: string; heading: RegExp }[] = [
  { view: '#who', heading: /^Who are you asking for\?$/ },
  { view: '#self/emergency-symptoms', heading: /signs of a medical emergency/ },
  { view: '#child/child-hard-to-describe', heading: /too young/ },
  { view: '#self/serious-diagnosis/change', heading: /serious or life-threatening/ },
  { view: '#who/change', heading: /^Who are you asking for\?$/ },
  { view: '#check', heading: /^Check your answers$/ },
  { view: '#emergency', heading: /^Get emergency help now$/ },
];
export const GUIDE_VIEW_ANSWERS = { 'emergency-symptoms': 'not-sure', 'time-sensitive': 'no' };

export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * A page that records console errors, failed requests and requests to any other host;
 * each test ends by checking there were none.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page, baseURL }, run) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`console error: ${message.text()} (${message.location().url || 'no address'})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin)
        problems.push(`request to another host: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.request().isNavigationRequest())
        problems.push(`${response.status()} for ${response.url()}`);
    });
    await run(problems);
    expect(problems).toEqual([]);
  },
});

export { expect };
