import fs from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function makeKit(page: Page, name = 'Lakeside Clinic') {
  await page.getByLabel('Clinic name').fill(name);
  await page.getByLabel('Contact line for records requests (optional)').fill('Records: 555-0100');
  await page.getByLabel('A short note for patients (optional)').fill('Ask at the front desk.');
  await page.getByLabel('Page the link opens').selectOption('/prepare');
  await page.getByRole('button', { name: 'Make the link and QR code' }).click();
  await expect(page.getByRole('heading', { name: 'Your link and QR code' })).toBeFocused();
  return page.getByLabel('Link for patients').inputValue();
}

test.describe('clinic details kept on this device', () => {
  test('survive closing the page and opening it again, until staff forget them', async ({
    page,
    problems,
  }) => {
    await page.goto('/clinic');
    await expect(page.getByText('These details stay on this device until you forget them.')).toBeVisible();
    const link = await makeKit(page);
    await page.close();

    // A new page in the same browser: the tab was closed, the device remembers.
    const again = await page.context().newPage();
    await again.goto('/clinic');
    await expect(again.getByLabel('Clinic name')).toHaveValue('Lakeside Clinic');
    await expect(again.getByLabel('Contact line for records requests (optional)')).toHaveValue(
      'Records: 555-0100',
    );
    await expect(again.getByLabel('A short note for patients (optional)')).toHaveValue(
      'Ask at the front desk.',
    );
    await expect(again.getByLabel('Page the link opens')).toHaveValue('/prepare');
    await expect(again.getByLabel('Link for patients')).toHaveValue(link);
    await expect(again.getByTestId('qr')).toBeVisible();
    await expectNoAxeViolations(again);

    await again.getByRole('button', { name: 'Forget this clinic' }).click();
    await expect(
      again.getByRole('heading', { name: 'Forget this clinic’s details on this device?' }),
    ).toBeFocused();
    await expectNoAxeViolations(again);
    await again.getByRole('button', { name: 'Yes, forget it' }).click();
    await expect(again.getByText(/^The clinic’s details are forgotten\./)).toBeVisible();
    await expect(again.getByLabel('Clinic name')).toHaveValue('');
    await expect(again.getByLabel('Link for patients')).toHaveCount(0);
    expect(await again.evaluate(() => window.localStorage.getItem('sog.clinic-kit'))).toBeNull();

    await again.reload();
    await expect(again.getByLabel('Clinic name')).toHaveValue('');
    await expect(again.getByLabel('Link for patients')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('Delete everything on /privacy clears them too', async ({ page, problems }) => {
    await page.goto('/clinic');
    await makeKit(page);
    await page.goto('/privacy');
    await expect(page.getByRole('row', { name: /sog\.clinic-kit/ })).toContainText('Yes');
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByRole('heading', { name: 'Everything is deleted' })).toBeFocused();
    expect(await page.evaluate(() => window.localStorage.getItem('sog.clinic-kit'))).toBeNull();
    await page.goto('/clinic');
    await expect(page.getByLabel('Clinic name')).toHaveValue('');
    expect(problems).toEqual([]);
  });

  test('a damaged saved form gives a notice, and the form still works', async ({ page, problems }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('sog.clinic-kit', '{"version":1,"state":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/clinic');
    await expect(page.getByRole('main')).toContainText(
      'What was saved on this device for the clinic details you typed could not be read, so it has been cleared.',
    );
    await makeKit(page);
    expect(problems).toEqual([]);
  });
});

test('the QR code downloads as a PNG that scans to the link, and as an SVG', async ({ page, problems }) => {
  await page.goto('/clinic');
  const link = await makeKit(page);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the QR code (PNG)' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('second-opinion-guide-qr.png');
  const bytes = fs.readFileSync(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const image = PNG.sync.read(bytes);
  expect(image.width).toBeGreaterThanOrEqual(1000);
  expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(link);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the QR code (SVG)' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe('second-opinion-guide-qr.svg');
  expect(fs.readFileSync(await svg.path(), 'utf8')).toContain('<svg');
  expect(problems).toEqual([]);
});

test('the Spanish kit names its PNG in Spanish', async ({ page, problems }) => {
  await page.goto('/es/clinic');
  await page.getByLabel('Nombre de la clínica').fill('Clínica del Río');
  await page.getByRole('button', { name: 'Hacer el enlace y el código QR' }).click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Descargar el código QR (PNG)' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('guia-segunda-opinion-qr.png');
  await expect(
    page.getByText('Estos datos se quedan en este dispositivo hasta que usted los borre.'),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe('the share menu', () => {
  test('is not offered where the browser has none; Copy link still is', async ({ page, problems }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
      Reflect.deleteProperty(Navigator.prototype, 'canShare');
    });
    await page.goto('/prepare');
    await page.getByRole('button', { name: 'Share or save a copy' }).click();
    const panel = page.getByRole('region', { name: /^Share or save a copy of/ });
    await expect(panel.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Share…' })).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('opens with the link where the browser has one, on the share panel and the clinic kit', async ({
    page,
    problems,
  }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          shared.push(data);
        },
      });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    });
    const sharedData = () => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);

    await page.goto('/prepare');
    await page.getByRole('button', { name: 'Share or save a copy' }).click();
    const panel = page.getByRole('region', { name: /^Share or save a copy of/ });
    const link = await panel.getByLabel('Link to share').inputValue();
    await expect(panel.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await panel.getByRole('button', { name: 'Share…' }).click();
    await expect
      .poll(sharedData)
      .toEqual([{ title: 'Second Opinion Guide', text: 'A copy from the Second Opinion Guide.', url: link }]);
    await expect(panel.getByRole('status')).toHaveText('');
    await expectNoAxeViolations(page);

    await page.goto('/clinic');
    const clinicLink = await makeKit(page);
    await page.getByRole('button', { name: 'Share…' }).click();
    await expect.poll(async () => (await sharedData()).map((data) => data.url)).toEqual([clinicLink]);
    expect(problems).toEqual([]);
  });

  test('closing the share menu says nothing; a failure copies the link instead', async ({
    page,
    problems,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      let calls = 0;
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async () => {
          calls += 1;
          throw new DOMException('no', calls === 1 ? 'AbortError' : 'NotAllowedError');
        },
      });
    });
    await page.goto('/prepare');
    await page.getByRole('button', { name: 'Share or save a copy' }).click();
    const panel = page.getByRole('region', { name: /^Share or save a copy of/ });
    const link = await panel.getByLabel('Link to share').inputValue();
    await panel.getByRole('button', { name: 'Share…' }).click();
    await expect(panel.getByRole('status')).toHaveText('');
    await panel.getByRole('button', { name: 'Share…' }).click();
    // Copied, or, where the clipboard is blocked, the link selected with a word on how to copy it.
    await expect(panel.getByRole('status')).toHaveText(
      /^(The share menu did not open, so the link was copied instead\.|Could not copy automatically\.)/,
    );
    if ((await panel.getByRole('status').textContent())?.startsWith('The share menu'))
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(problems).toEqual([]);
  });
});

test.describe('emergency numbers a phone can call', () => {
  test('an article that mentions 911 links it, in English and Spanish', async ({ page, problems }) => {
    await page.goto('/learn/when-a-second-opinion-helps');
    const article = page.getByRole('main');
    const links = article.getByRole('link', { name: '911', exact: true });
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) await expect(link).toHaveAttribute('href', 'tel:911');
    // No 911 left as bare text in the article.
    const bare = await article.evaluate((main) => {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (
          /(?<!\d)911(?!\d)/.test(node.textContent ?? '') &&
          !node.parentElement?.closest('a[href^="tel:"]')
        )
          found.push(node.textContent ?? '');
      return found;
    });
    expect(bare).toEqual([]);
    await expectNoAxeViolations(page);

    await page.goto('/es/learn/when-a-second-opinion-helps');
    await expect(
      page.getByRole('main').getByRole('link', { name: '911', exact: true }).first(),
    ).toHaveAttribute('href', 'tel:911');
    expect(problems).toEqual([]);
  });

  test('the Spanish 988 line wraps inside a 390 px screen', async ({ page, problems }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/es');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const name = page.getByText('(Línea 988 de Prevención del Suicidio y Crisis).', { exact: true });
    const box = await name.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390 - 16);
    expect(problems).toEqual([]);
  });
});
