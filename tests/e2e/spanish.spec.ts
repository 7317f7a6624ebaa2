import type { Page } from '@playwright/test';
import { fernandezHuerta } from '@/lib/content/readability';
import { expect, expectNoAxeViolations, ROUTES, test } from './fixtures';

const es = (route: string) => (route === '/' ? '/es' : `/es${route}`);

// Blocks people read as sentences; labels and buttons are checked by the messages test instead.
const BLOCKS =
  'main p, main li, main summary, main legend, main figcaption, main dd, main td, main caption, main h1, main h2';
const MIN_LENGTH = 40;

/** Every block of the page long enough to tell its language, minus anything marked as English. */
async function readableBlocks(page: Page) {
  return page.locator(BLOCKS).evaluateAll(
    (all, min) =>
      all
        .filter((el) => !el.closest('[lang^="en"]') && (el as HTMLElement).offsetParent !== null)
        .map((el) => {
          // Published references keep their language and say so with lang="en": leave them out.
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[lang^="en"]').forEach((part) => part.remove());
          return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        })
        .filter((text) => text.length >= min),
    MIN_LENGTH,
  );
}

async function englishBlocks(page: Page) {
  const { franc } = await import('franc');
  return (await readableBlocks(page)).filter((text) => franc(text, { only: ['spa', 'eng'] }) === 'eng');
}

test.describe('every page in Spanish', () => {
  test.describe.configure({ timeout: 60_000 });
  for (const route of ROUTES) {
    test(`${es(route)} is Spanish, easy to read, linked both ways with its English twin, and axe-clean`, async ({
      page,
      problems,
    }) => {
      const response = await page.goto(es(route));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(
        page.getByRole('banner').getByText(/llame al 911 o al número de emergencias local/),
      ).toBeVisible();
      await expect(page.locator('head link[rel="alternate"][hreflang="en-US"]')).toHaveAttribute(
        'href',
        route,
      );
      await expect(page.locator('head link[rel="alternate"][hreflang="es-US"]')).toHaveAttribute(
        'href',
        es(route),
      );
      const toEnglish = page
        .getByRole('navigation', { name: 'Principal' })
        .getByRole('link', { name: /English/ });
      await expect(toEnglish).toHaveAttribute('hreflang', 'en-US');
      await expect(toEnglish).toHaveAttribute('lang', 'en-US');
      await expect(toEnglish).toHaveAttribute('href', route);

      expect(await englishBlocks(page), 'paragraphs detected as English').toEqual([]);
      const text = (await readableBlocks(page)).join('\n');
      if (text.length > 400)
        expect(fernandezHuerta(text).score, 'Fernández-Huerta of the page').toBeGreaterThanOrEqual(70);
      await expectNoAxeViolations(page);

      await page.goto(route);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
      const toSpanish = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Español/ });
      await expect(toSpanish).toHaveAttribute('hreflang', 'es-US');
      await expect(toSpanish).toHaveAttribute('href', es(route));
      expect(problems).toEqual([]);
    });
  }
});

test('the language switch keeps the place in the wizard and the answers', async ({ page, problems }) => {
  await page.goto('/guide#who');
  await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
  await page.getByRole('radio').first().check();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Español/ })
    .click();
  await page.waitForURL(/\/es\/guide#who$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('an unknown Spanish address says so in Spanish too', async ({ page, problems }) => {
  const response = await page.goto('/es/no-existe');
  expect(response?.status()).toBe(404);
  problems.splice(
    problems.findIndex((p) => p.includes('status of 404')),
    1,
  );
  await expect(
    page.locator('[lang="es-US"]').getByRole('heading', { name: 'No encontramos la página' }),
  ).toBeVisible();
  await expect(
    page.locator('[lang="es-US"]').getByRole('link', { name: 'ir a la página de inicio' }),
  ).toHaveAttribute('href', '/es');
  expect(problems).toEqual([]);
});
