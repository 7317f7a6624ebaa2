import { expect, ROUTES, test } from './fixtures';

for (const [label, width] of [
  ['at 320 px', 320],
  ['at 200% zoom of a 1280 px screen (640 CSS px)', 640],
] as const) {
  test(`no page scrolls sideways ${label}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    for (const route of ROUTES) {
      await page.goto(route);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
          message: route,
        })
        .toBeLessThanOrEqual(0);
    }
  });
}

test('reduced motion is honoured', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/guide');
  // Polled: on a busy machine the page's styles can apply after the button is there.
  const button = page.getByRole('button', { name: 'Continue' });
  await expect
    .poll(() => button.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration)))
    .toBeLessThanOrEqual(0.00001);
  await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
});
