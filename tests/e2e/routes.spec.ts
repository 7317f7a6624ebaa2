import { expect, expectNoAxeViolations, GUIDE_VIEW_ANSWERS, GUIDE_VIEWS, ROUTES, test } from './fixtures';
import { seedGuide } from './guide-helpers';

test.describe('every route', () => {
  // Two full axe runs per page: on a busy machine one test took 29 s of the default 30 s.
  test.describe.configure({ timeout: 60_000 });
  for (const route of ROUTES) {
    test(`${route} answers 200 with one h1, the shell, no axe violation and no stray request`, async ({
      page,
      problems,
    }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(
        page.getByText(/If this is an emergency, call 911 or your local emergency number/),
      ).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toContainText('information, not medical advice');
      await expectNoAxeViolations(page);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('every view of the wizard', () => {
  for (const { view, heading } of GUIDE_VIEWS) {
    test(`/guide${view} shows one h1, keeps its fragment and has no axe violation`, async ({
      page,
      problems,
    }) => {
      await seedGuide(page, 'self', GUIDE_VIEW_ANSWERS);
      const response = await page.goto(`/guide${view}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(new URL(page.url()).hash).toBe(view);
      await expect(page.getByRole('contentinfo')).toContainText('information, not medical advice');
      await expectNoAxeViolations(page);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });
  }
});

test('every article shows its sources and its review date', async ({ page, problems }) => {
  await page.goto('/learn');
  const links = await page
    .getByRole('main')
    .getByRole('listitem')
    .getByRole('link')
    .evaluateAll((all) => all.map((a) => [a.getAttribute('href')!, a.textContent ?? ''] as const));
  expect(links.length).toBeGreaterThanOrEqual(10);
  // One page load per article rather than two (the list, then the click): half the work under load.
  for (const [href, title] of links) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(/^Last reviewed /)).toBeVisible();
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources.getByRole('listitem').first()).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('an unknown address shows a styled 404 page with a way back', async ({ page, problems }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  // The browser logs the 404 of the page itself; that one is expected.
  const expected = problems.findIndex((p) => p.includes('status of 404'));
  expect(expected).toBeGreaterThanOrEqual(0);
  problems.splice(expected, 1);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText(/call 911 or your local emergency number/)).toBeVisible();
  await page.getByRole('link', { name: 'go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('responses carry the security headers and set no cookie', async ({ page, context, request }) => {
  const response = await request.get('/learn');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['set-cookie']).toBeUndefined();
  await page.goto('/');
  expect(await context.cookies()).toEqual([]);
  expect((await request.get('/icon.svg')).status()).toBe(200);
  // Browsers ask for /favicon.ico on their own (bookmarks, some reloads), whatever the page links.
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

/** Runs `task` over `items` a few at a time: quick on an idle machine, no pile-up on a busy one. */
async function inBatches<T, R>(items: T[], task: (item: T) => Promise<R>, size = 6): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await Promise.all(items.slice(i, i + size).map(task))));
  return results;
}

test('every link inside the site leads to a page that exists', async ({ request }) => {
  // The links are in the prerendered HTML, so plain requests find them without a browser per page.
  const pages = await inBatches(ROUTES, async (route) => {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    return response.text();
  });
  const targets = new Set<string>();
  for (const html of pages)
    for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="(\/[^"]*)"/g))
      targets.add(href!.replaceAll('&amp;', '&').split('#')[0]!);
  expect(targets.size).toBeGreaterThan(ROUTES.length / 2);
  const statuses = await inBatches([...targets], async (target) => [
    target,
    (await request.get(target)).status(),
  ]);
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
});

test('/sources lists every source with an anchor, its date and kind, and links out without a referrer', async ({
  page,
  problems,
}) => {
  test.setTimeout(60_000);
  const response = await page.goto('/sources');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  for (const id of ['van-such-2017', 'meyer-2015', 'seed-is-it-time', '988-lifeline']) {
    const entry = page.locator(`li[id="${id}"]`);
    await expect(entry).toBeVisible();
    await expect(entry.getByText('What it is')).toBeVisible();
  }
  await expect(page.locator('li[id="seed-when-how"]')).toContainText('No date given');
  const outbound = page.getByRole('link', { name: '988lifeline.org' });
  await expect(outbound).toHaveAttribute('href', 'https://988lifeline.org');
  await expect(outbound).toHaveAttribute('rel', 'noreferrer');
  await expectNoAxeViolations(page);

  // An article's sources lead to their full entry here.
  await page.goto('/learn/what-is-a-second-opinion');
  await page
    .getByRole('region', { name: 'Sources' })
    .getByRole('link', { name: /^Van Such/ })
    .click();
  await expect(page).toHaveURL(/\/sources#van-such-2017$/);
  await expect(page.locator('li[id="van-such-2017"]')).toBeInViewport();
  expect(problems).toEqual([]);
});
