import type { Page, Response } from '@playwright/test';
import { ARTICLE_SLUGS, expect, ROUTES, test } from './fixtures';

type Watched = Window & { violations: string[]; injected?: boolean };

/**
 * Every Content-Security-Policy in force on the page: the header's (next start: the page's whole
 * policy) and any <meta> one (static export: the page's script policy travels in the file). The
 * browser enforces all of them, so a script runs only if every one allows it.
 */
async function policiesInForce(page: Page, response: Response | null) {
  const header = response?.headers()['content-security-policy'] ?? '';
  const metas = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content') ?? ''));
  return { header, all: [header, ...metas].filter(Boolean) };
}

function expectStrictScripts(policies: string[]) {
  const scriptSources = policies.flatMap((policy) => /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? []);
  expect(scriptSources.length).toBeGreaterThan(0);
  for (const sources of scriptSources) {
    expect(sources).toContain("'self'");
    expect(sources).not.toContain('unsafe-inline');
    expect(sources).not.toContain('unsafe-eval');
  }
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as Watched).violations);

/** Adds an inline <script> the way an injection would; true if it ran. Leaves the violation and its console error out of later checks. */
async function injectedScriptRan(page: Page, problems: string[]) {
  expect(await violations(page)).toEqual([]);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
    return (window as unknown as Watched).injected === true;
  });
  if (!ran) {
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
    await page.evaluate(() => (window as unknown as Watched).violations.splice(0));
    await expect.poll(() => problems.some((p) => p.includes('Content Security Policy'))).toBe(true);
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('Content Security Policy')));
  }
  return ran;
}

test.describe('a strict Content-Security-Policy on every page', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as Watched).violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as Watched).violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
      });
    });
  });

  for (const route of ROUTES) {
    test(`${route}: no 'unsafe-inline' in script-src, and no violation`, async ({ page, problems }) => {
      const response = await page.goto(route);
      const { header, all } = await policiesInForce(page, response);
      expectStrictScripts(all);
      expect(header).toContain("frame-ancestors 'none'");
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  test('an unknown address gets a strict policy too, and its 404 page runs without violations', async ({
    page,
    problems,
  }) => {
    const response = await page.goto('/no-such-page#clinic=v1.broken!!');
    expect(response?.status()).toBe(404);
    const { header, all } = await policiesInForce(page, response);
    expectStrictScripts(all);
    expect(header).toContain("frame-ancestors 'none'");
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('status of 404')));
    // The clinic notice comes from a React effect: the 404 page's own scripts ran.
    await expect(page.getByText('The clinic details in this link could not be read.')).toBeVisible();
    expect(await injectedScriptRan(page, problems)).toBe(false);
    expect(await violations(page)).toEqual([]);
  });

  test('interactive pages still work under the policy', async ({ page, problems }) => {
    await page.goto('/guide');
    await page.getByRole('radio', { name: 'Me', exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Question 1', { exact: true })).toBeVisible();
    await page.goto('/clinic');
    await page.getByLabel('Clinic name').fill('Elm Street Clinic');
    await page.getByRole('button', { name: 'Make the link and QR code' }).click();
    await expect(page.getByTestId('qr').locator('svg')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test.describe('under every name a page is served', () => {
    const article = `/learn/${ARTICLE_SLUGS[0]}`;
    // A static host also serves each page's file by its own name; next start (the chromium project)
    // serves clean paths only.
    const names = (project: string) =>
      project === 'chromium'
        ? ['/', '/prepare', article]
        : ['/', '/index.html', '/prepare', '/prepare.html', article, `${article}.html`];

    for (const name of names('any static host')) {
      test(`${name}: its policy, the security headers, scripts that run and injected ones that do not`, async ({
        page,
        problems,
      }, testInfo) => {
        test.skip(!names(testInfo.project.name).includes(name), 'next start serves clean paths only');
        // A damaged clinic link: its notice appears only once the page's scripts have run.
        const response = await page.goto(`${name}#clinic=v1.broken!!`);
        expect(response?.status()).toBe(200);
        const headers = response!.headers();
        const { header, all } = await policiesInForce(page, response);
        expectStrictScripts(all);
        expect(header).toContain("frame-ancestors 'none'");
        expect(
          Number(/^max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]),
        ).toBeGreaterThan(365 * 24 * 3600 - 1);
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['referrer-policy']).toBe('no-referrer');
        expect(headers['permissions-policy']).toContain('camera=()');
        await expect(page.getByText('The clinic details in this link could not be read.')).toBeVisible();
        if (name.startsWith('/prepare')) {
          await page.getByRole('checkbox', { name: 'Results of recent tests and lab work' }).check();
          await expect(
            page.getByRole('region', { name: 'Records to gather' }).getByText(/^1 of \d+ done$/),
          ).toBeVisible();
        }
        expect(await injectedScriptRan(page, problems)).toBe(false);
        expect(await violations(page)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
});
