import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import chromeFlags from '../../scripts/chrome-flags.json';
import { localePath } from '@/lib/i18n/locales';
import { expect, ROUTES, test } from './fixtures';
import { answer, skipDecisionSteps, viewOf } from './guide-helpers';

// Service workers are blocked in every other spec (playwright.config.ts); here they are the subject.
test.use({ serviceWorkers: 'allow' });

/** Opens a page and waits until the service worker has kept the whole guide on this device. */
async function visitOnce(page: Page, path = '/') {
  await page.goto(path);
  // `ready` resolves once the worker is active, which it becomes only after every file is kept.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** No signal at all: the browser is offline and any request that reaches the network fails. */
async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

test.describe('installable', () => {
  test('Chromium finds nothing stopping the guide from being installed, in either language', async ({
    playwright,
    baseURL,
  }) => {
    // Chromium never offers to install from a private window, and every test context is one: this
    // test opens a browser with an ordinary profile.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sog-profile-'));
    const context = await playwright.chromium.launchPersistentContext(profile, {
      executablePath:
        process.env.CHROME_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
      args: chromeFlags.flags,
      baseURL,
      serviceWorkers: 'allow',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      for (const locale of ['en', 'es'] as const) {
        await visitOnce(page, localePath(locale, '/'));
        // The check Lighthouse's installability audit ran, asked of Chromium directly.
        const cdp = await context.newCDPSession(page);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors).toEqual([]);
        const href = await page.locator('link[rel="manifest"]').getAttribute('href');
        expect(href).toBe(localePath(locale, '/manifest.webmanifest'));
        const manifest = await (await page.request.get(href!)).json();
        expect(manifest).toMatchObject({
          start_url: localePath(locale, '/'),
          scope: '/',
          display: 'standalone',
          lang: locale === 'en' ? 'en-US' : 'es-US',
          theme_color: '#005eb8',
        });
        expect(manifest.name).toBe(
          locale === 'en' ? 'Second Opinion Guide' : 'Guía para una Segunda Opinión',
        );
        expect(manifest.icons).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ sizes: '192x192', purpose: 'any' }),
            expect.objectContaining({ sizes: '512x512', purpose: 'any' }),
            expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
          ]),
        );
        for (const icon of manifest.icons) {
          const response = await page.request.get(icon.src);
          expect(response.headers()['content-type']).toBe('image/png');
          // PNG signature, then the width and height in the IHDR chunk.
          const png = await response.body();
          expect(png.subarray(1, 4).toString()).toBe('PNG');
          expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
        }
      }
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});

test.describe('with no signal after one visit', () => {
  // About 180 pages, each opened from the device's copy.
  test.describe.configure({ timeout: 180_000 });

  test('every page of the guide opens, in both languages', async ({ page, context, problems }) => {
    await visitOnce(page);
    await goOffline(context);
    for (const route of ROUTES.flatMap((path) => [path, localePath('es', path)])) {
      const response = await page.goto(route);
      expect(response?.ok(), route).toBe(true);
      await expect(page.locator('h1'), route).toHaveCount(1);
      // Only the offline page itself says so: every other page is the real one.
      await expect(
        page.getByRole('heading', { level: 1, name: /offline|no tiene conexión/i }),
        route,
      ).toHaveCount(/offline$/.test(route) ? 1 : 0);
      await expect(page.locator('main'), route).not.toBeEmpty();
    }
    expect(problems).toEqual([]);
  });

  test('the wizard runs to its result, links move between pages, and answers stay', async ({
    page,
    context,
    problems,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await visitOnce(page, '/guide');
    await goOffline(context);
    await page.reload();
    await answer(page, 'Me');
    for (let i = 0; i < 30 && /^#self\//.test(viewOf(page)); i += 1) {
      const question = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      await answer(
        page,
        /surgery|serious/i.test(question) ? 'Yes' : /How many/.test(question) ? 'One doctor so far' : 'No',
      );
    }
    await skipDecisionSteps(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    await page.getByRole('link', { name: 'See your result' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your result' })).toBeVisible();
    await expect(page.getByText(/^Level \d of 3:/)).toBeVisible();

    // A link followed in the page (Next's router asks for the page's data, which has no signal to
    // come from) still arrives: the router loads the whole page, which the device has.
    await page.getByRole('link', { name: 'Choose your questions' }).click();
    await expect(page).toHaveURL(/\/questions$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/prepare');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Get ready for a second opinion' }),
    ).toBeVisible();
    await page.getByRole('checkbox').first().check();
    await page.goto('/questions');
    await page.goBack();
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    await page.goto('/guide/result');
    await expect(page.getByText(/^Level \d of 3:/)).toBeVisible();
    // And the result prints with no signal.
    expect((await page.pdf()).subarray(0, 4).toString()).toBe('%PDF');
    expect(problems).toEqual([]);
  });

  test('an address this build does not have gives the offline page in its language', async ({
    page,
    context,
  }) => {
    await visitOnce(page);
    await goOffline(context);
    await page.goto('/learn/no-such-article');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Should I get one?' })).toHaveAttribute(
      'href',
      '/guide',
    );
    await page.goto('/es/learn/no-such-article');
    await expect(page.getByRole('heading', { level: 1, name: 'No tiene conexión' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  });
});

test('a new version is announced, and the person chooses when to reload, losing nothing', async ({
  page,
  context,
  problems,
}) => {
  // The first visit gets the worker of an older build; the one on the server is then the new version.
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// an older build` });
  });
  await visitOnce(page, '/compare');
  await context.unroute('**/sw.js');
  const diagnosis = page.getByLabel('The diagnosis').first();
  await diagnosis.fill('Torn meniscus');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.getByRole('region', { name: 'A new version of this guide is ready' });
  await expect(notice).toBeVisible();
  await expect(diagnosis).toHaveValue('Torn meniscus');
  await page.evaluate(() => Object.assign(window, { beforeReload: true }));
  await notice.getByRole('button', { name: 'Reload now' }).click();
  // The page was loaded again: the mark set on the old page is gone.
  await page.waitForFunction(() => !('beforeReload' in window));
  await expect(notice).toBeHidden();
  await expect(page.getByLabel('The diagnosis').first()).toHaveValue('Torn meniscus');
  expect(problems).toEqual([]);
});

test('a browser set to save data is not sent the offline copy; other browsers are', async ({
  browser,
  baseURL,
}) => {
  for (const saveData of [true, false]) {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
    const page = await context.newPage();
    // The Save-Data preference as a phone's data saver sets it, and a record of what the page registers.
    await page.addInitScript((saveData) => {
      Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData } });
      const registered: string[] = [];
      Object.assign(window, { registered });
      const { serviceWorker } = navigator;
      const register = serviceWorker.register.bind(serviceWorker);
      serviceWorker.register = (url, options) => {
        registered.push(String(url));
        return register(url, options);
      };
    }, saveData);
    await page.goto('/guide');
    // The wizard has read this device's storage: the page's first effects, the worker's included, have run.
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    const registered = await page.evaluate(() => (window as unknown as { registered: string[] }).registered);
    expect(registered, `saveData: ${saveData}`).toEqual(saveData ? [] : ['/sw.js']);
    await context.close();
  }
});
