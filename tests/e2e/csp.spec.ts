import { expect, ROUTES, test } from './fixtures';

test.describe('a strict Content-Security-Policy on every page', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations.push(
          `${event.violatedDirective}: ${event.blockedURI}`,
        );
      });
    });
  });

  for (const route of ROUTES) {
    test(`${route}: no 'unsafe-inline' in script-src, and no violation`, async ({ page, problems }) => {
      const response = await page.goto(route);
      const policy = response?.headers()['content-security-policy'] ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toContain('unsafe-eval');
      expect(policy).toContain("frame-ancestors 'none'");
      // Hydration ran: the React root is interactive (the skip link is handled by the browser, so check a React effect).
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
        [],
      );
      expect(problems).toEqual([]);
    });
  }

  test('an unknown address gets a strict policy too, and its 404 page runs without violations', async ({
    page,
    problems,
  }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    expect(
      /script-src ([^;]*)/.exec(response?.headers()['content-security-policy'] ?? '')?.[1],
    ).not.toContain('unsafe-inline');
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('status of 404')));
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });

  test('interactive pages still work under the policy', async ({ page, problems }) => {
    await page.goto('/guide');
    await page.getByRole('radio', { name: 'Me', exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Question 1 of')).toBeVisible();
    await page.goto('/prepare');
    await page.getByRole('checkbox', { name: 'Results of recent tests and lab work' }).check();
    await expect(
      page.getByRole('region', { name: 'Records to gather' }).getByText(/^1 of \d+ done$/),
    ).toBeVisible();
    await page.goto('/clinic');
    await page.getByLabel('Clinic name').fill('Elm Street Clinic');
    await page.getByRole('button', { name: 'Make the link and QR code' }).click();
    await expect(page.getByTestId('qr').locator('svg')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
