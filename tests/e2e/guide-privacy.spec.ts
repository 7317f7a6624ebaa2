import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answer, skipDecisionSteps } from './guide-helpers';

/**
 * Which addresses the browser asks for must not depend on the answers: a host or CDN log would
 * otherwise learn them. Two walks with opposite answers, for different people, in fresh browsers,
 * must request exactly the same paths.
 */
/**
 * A layout's prefetch file (`__next.<segment path>.txt`, neither a page nor a route's tree) is shared by
 * every page under it, and the router fetches it once, under whichever page's prefetch answers first: a
 * race between parallel requests of the same links, not something the answers choose. Its name already
 * names the layout, so it counts as one path wherever it was fetched from.
 */
function sharedLayout(pathname: string) {
  const name = pathname.slice(pathname.lastIndexOf('/') + 1);
  return /^__next\.[^_](?!.*__PAGE__).*\.txt$/.test(name) ? `(any page)/${name}` : pathname;
}

async function walk(browser: Browser, baseURL: string, steps: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const paths = new Set<string>();
  const pending = new Set<unknown>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    // Chromium asks for /favicon.ico on its own on some loads and not others, whatever the page.
    if (url.origin !== origin || url.pathname === '/favicon.ico') return;
    paths.add(sharedLayout(url.pathname));
    pending.add(request);
  });
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));

  await page.goto('/guide');
  await steps(page);
  // Every walk ends on the result page.
  await expect(page).toHaveURL(/\/guide\/result$/);
  await expect(page.getByRole('heading', { name: 'What to do first' })).toBeVisible();
  // Scrolled through, so anything fetched when it comes into view is fetched in both walks alike.
  await page.keyboard.press('End');
  await expect.poll(() => pending.size).toBe(0);
  await context.close();
  return [...paths].sort();
}

/** Answers every question with the option whose label matches (else the first), until Check your answers. */
async function answerAll(page: Page, label: RegExp) {
  while (/^#(self|child|other)\//.test(new URL(page.url()).hash)) {
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    const labels = await page.locator('form label').allTextContents();
    await answer(page, labels.find((text) => label.test(text)) ?? labels[0]!);
  }
  await skipDecisionSteps(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('link', { name: 'See your result' }).click();
}

test('two walks with opposite answers request exactly the same paths', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const a = await walk(browser, baseURL!, async (page) => {
    await answer(page, 'Me');
    await answer(page, "I'm not sure");
    await expect(page.getByRole('heading', { level: 1, name: 'Get emergency help now' })).toBeVisible();
    await page.getByRole('link', { name: 'Carry on with the questions' }).click();
    await answerAll(page, /^(Yes|Three or more)$/);
  });
  const b = await walk(browser, baseURL!, async (page) => {
    await answer(page, 'My child');
    await answerAll(page, /^(No|One doctor so far)$/);
  });

  expect(a).toEqual(b);
  // The walks did load the guide and the result, and nothing named after a step or an answer.
  expect(a).toContain('/guide');
  expect(a.some((path) => path.startsWith('/guide/result'))).toBe(true);
  expect(a.filter((path) => /\/guide\/(self|child|other|check|emergency)/.test(path))).toEqual([]);
});
