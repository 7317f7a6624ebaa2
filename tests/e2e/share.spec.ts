import type { Browser, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedGuide } from './guide-helpers';

async function makeLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share or save a copy' }).click();
  const panel = page.getByRole('region', { name: /^Share or save a copy of/ });
  await expect(panel.getByRole('heading')).toBeFocused();
  await expect(panel).toContainText('Anyone who has this link can see what is in it.');
  await panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(panel.getByRole('status')).toContainText(/Link copied|copy it/);
  const link = await panel.getByLabel('Link to share').inputValue();
  expect(link).toMatch(/\/shared#share=v3\.[A-Za-z0-9_-]+$/);
  return link;
}

/** Opens a link in a brand-new browser context: nothing from the sender's device is there. */
async function openFresh(browser: Browser, link: string, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  return { context, page };
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('share the result and open it on another device, read-only, then save it', async ({
  page,
  browser,
  baseURL,
  problems,
}) => {
  await seedGuide(page, 'child', {
    'emergency-symptoms': 'no',
    'rare-condition': 'yes',
    'surgery-recommended': 'yes',
  });
  await page.goto('/guide/result');
  const link = await makeLink(page);
  await expectNoAxeViolations(page);

  const { context, page: other } = await openFresh(browser, link, baseURL!);
  await expect(
    other.getByRole('heading', { level: 1, name: 'Shared with you: a second-opinion result' }),
  ).toBeVisible();
  await expect(other.getByText('Asking for: My child')).toBeVisible();
  await expect(
    other.getByRole('heading', { name: 'A doctor said the condition is rare or unusual' }),
  ).toBeVisible();
  expect(await other.evaluate(() => localStorage.getItem('sog.guide'))).toBeNull();
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: 'Save to this device' }).click();
  await expect(other.getByRole('heading', { name: 'Saved to this device' })).toBeFocused();
  await other.getByRole('link', { name: 'See the result on this device' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'The result for your child' })).toBeVisible();
  await context.close();
  expect(problems).toEqual([]);
});

test('share checklists, questions and a comparison, each seen the same in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/prepare');
  await page.getByRole('checkbox', { name: 'Results of recent tests and lab work' }).check();
  // The add-item form on /prepare is folded; open it first.
  await page
    .getByRole('region', { name: 'On the day' })
    .getByText('Add your own item', { exact: true })
    .click();
  await page
    .getByRole('region', { name: 'On the day' })
    .getByLabel(/Add your own item/)
    .fill('Bring my glasses');
  await page.getByRole('region', { name: 'On the day' }).getByRole('button', { name: 'Add item' }).click();
  const prepareLink = await makeLink(page);

  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.getByLabel('Add your own question').fill('Can my daughter join by phone?');
  await page.getByRole('button', { name: 'Add question' }).click();
  const questionsLink = await makeLink(page);

  await page.goto('/compare');
  await page
    .getByRole('region', { name: /^Opinion 1/ })
    .getByLabel('The diagnosis')
    .fill('Gallstones');
  await page
    .getByRole('region', { name: /^Opinion 2/ })
    .getByLabel('The diagnosis')
    .fill('Gastritis');
  await page.goto('/compare/side-by-side');
  const compareLink = await makeLink(page);

  const one = await openFresh(browser, prepareLink, baseURL!);
  await expect(
    one.page.getByRole('heading', { level: 1, name: 'Shared with you: checklists to get ready' }),
  ).toBeVisible();
  await expect(
    one.page.getByRole('listitem').filter({ hasText: 'Results of recent tests and lab work' }),
  ).toContainText('☑');
  await expect(one.page.getByRole('listitem').filter({ hasText: 'Bring my glasses' })).toContainText('☐');
  await one.context.close();

  const two = await openFresh(browser, questionsLink, baseURL!);
  await expect(two.page.getByRole('main')).toContainText('1. What are the risks?');
  await expect(two.page.getByRole('main')).toContainText('2. Can my daughter join by phone?');
  await two.context.close();

  const three = await openFresh(browser, compareLink, baseURL!);
  const table = three.page.getByRole('table', { name: 'The opinions side by side' });
  await expect(table.getByRole('row', { name: /What is the diagnosis\?/ })).toContainText('Gallstones');
  // Read-only: two typed diagnoses are not marked for the person; no "Differs" noise.
  await expect(table.getByRole('row', { name: /What is the diagnosis\?/ })).toContainText('Not marked yet');
  await expect(table.getByRole('radio')).toHaveCount(0);
  await expectNoAxeViolations(three.page);
  await three.context.close();
});

test('saving a shared copy over existing data asks first, and can keep both', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  const link = await makeLink(page);

  const { context, page: other } = await openFresh(browser, '/questions', baseURL!);
  await other.getByRole('checkbox', { name: 'What are my options?' }).check();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await other.getByRole('button', { name: 'Save to this device' }).click();
  await expect(
    other.getByRole('heading', { name: 'This device already has a list of questions' }),
  ).toBeFocused();
  await other.getByRole('button', { name: 'Cancel' }).click();
  expect(await other.evaluate(() => localStorage.getItem('sog.questions'))).toContain('what-are-my-options');
  expect(await other.evaluate(() => localStorage.getItem('sog.questions'))).not.toContain(
    'what-are-the-risks',
  );
  await other.getByRole('button', { name: 'Save to this device' }).click();
  await other.getByRole('button', { name: 'Keep both' }).click();
  await expect(other.getByRole('heading', { name: 'Saved to this device' })).toBeVisible();
  await other.goto('/questions');
  const list = other.getByRole('region', { name: /Your list/ });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(0)).toContainText('What are my options?');
  await context.close();
});

test('a comparison can only replace, and only after asking', async ({ page }) => {
  await page.goto('/compare');
  await page
    .getByRole('region', { name: /^Opinion 1/ })
    .getByLabel('The diagnosis')
    .fill('Mine');
  await page.goto('/compare/side-by-side');
  const link = await makeLink(page);
  await page.goto('/compare');
  await page
    .getByRole('region', { name: /^Opinion 1/ })
    .getByLabel('The diagnosis')
    .fill('Changed since');
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await page.getByRole('button', { name: 'Save to this device' }).click();
  await expect(page.getByRole('button', { name: 'Keep both' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Replace what is on this device' }).click();
  await page.goto('/compare');
  await expect(page.getByRole('region', { name: /^Opinion 1/ }).getByLabel('The diagnosis')).toHaveValue(
    'Mine',
  );
});

for (const [name, fragment, message] of [
  ['damaged', '#share=v1.AAAAbroken', /damaged or incomplete/],
  ['truncated', null, /damaged or incomplete/],
  ['from a newer version', '#share=v9.abc', /newer version/],
  ['not ours', '#share=hello-there', /not made by this guide/],
  ['too large', `#share=v1.${'A'.repeat(9000)}`, /too long/],
] as const) {
  test(`a ${name} link gives a clear message and leaves stored data untouched`, async ({
    page,
    problems,
  }) => {
    // Saved at the current version, so opening the guide has no older version to step up and rewrite.
    await seedGuide(page, 'self', { 'emergency-symptoms': 'no', 'peace-of-mind': 'yes' }, {});
    const before = await page.evaluate(() => localStorage.getItem('sog.guide'));
    let target: string | null = fragment;
    if (target === null) {
      await page.goto('/guide/result');
      const link = await makeLink(page);
      target = link.slice(link.indexOf('#'), -12);
    }
    await page.goto(`/shared${target}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(message);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'Nothing saved on this device has been changed.',
    );
    await expect(page.getByRole('button', { name: 'Save to this device' })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('sog.guide'))).toBe(before);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}

test.describe('the clinic kit', () => {
  test('markup in the clinic name shows literally, runs nothing, and the QR code decodes to the link', async ({
    page,
    browser,
    baseURL,
    problems,
  }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto('/clinic');
    await page.getByRole('button', { name: 'Make the link and QR code' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Enter the name of the clinic');
    await expectNoAxeViolations(page);

    const name = '<img src=x onerror=alert(1)><b>Elm Street Clinic</b>';
    await page.getByLabel('Clinic name').fill(name);
    await page.getByLabel('Contact line for records requests (optional)').fill('Records office: 555-0100');
    await page
      .getByLabel('A short note for patients (optional)')
      .fill('<script>alert(2)</script>Ask us anything.');
    await page.getByLabel('Page the link opens').selectOption('/prepare');
    await page.getByRole('button', { name: 'Make the link and QR code' }).click();
    await expect(page.getByRole('heading', { name: 'Your link and QR code' })).toBeFocused();
    const link = await page.getByLabel('Link for patients').inputValue();
    expect(link).toMatch(/\/prepare#clinic=v3\./);
    expect(link).not.toMatch(/sog\.|answers|ticked/);

    const qr = page.getByTestId('qr');
    const png = PNG.sync.read(await qr.screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(link);
    await expect(page.getByRole('link', { name: 'Download the QR code (SVG)' })).toHaveAttribute(
      'download',
      'second-opinion-guide-qr.svg',
    );
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: /thinking about a second opinion\?/ })).toBeVisible();
    await expect(page.getByLabel('Clinic name')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    const { context, page: patient } = await openFresh(browser, link, baseURL!);
    let patientDialogs = 0;
    patient.on('dialog', (dialog) => {
      patientDialogs += 1;
      void dialog.dismiss();
    });
    const banner = patient.getByRole('region', { name: `Shared by ${name}` });
    await expect(banner).toContainText(`Shared by ${name}`);
    await expect(banner).toContainText('For records requests: Records office: 555-0100');
    await expect(banner).toContainText('<script>alert(2)</script>Ask us anything.');
    await expect(patient.locator('main img, main b, main script')).toHaveCount(0);
    await expect(
      patient.getByRole('heading', { level: 1, name: 'Get ready for a second opinion' }),
    ).toBeVisible();
    // The clinic stays visible on later pages in the same session.
    await patient.goto('/learn');
    await expect(patient.getByRole('region', { name: `Shared by ${name}` })).toBeVisible();
    await expectNoAxeViolations(patient);
    expect(patientDialogs).toBe(0);
    await context.close();
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
  });

  test('a damaged clinic link gives a notice and the page still works', async ({ page, problems }) => {
    await page.goto('/guide#clinic=v1.broken!!');
    await expect(page.getByRole('status')).toContainText(
      'The clinic details in this link could not be read.',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Who are you asking for?' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test('delete everything empties this device, after asking', async ({ page, problems }) => {
  await seedGuide(page, 'self', { 'emergency-symptoms': 'no' });
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.goto('/privacy');
  const table = page.getByRole('table', { name: 'Everything this guide can save in this browser' });
  await expect(table.getByRole('row', { name: /sog\.guide/ })).toContainText('Yes');
  await expect(table.getByRole('row', { name: /sog\.compare/ })).toContainText('No');
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  expect(await page.evaluate(() => localStorage.getItem('sog.guide'))).not.toBeNull();
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('heading', { name: 'Everything is deleted' })).toBeFocused();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sog.')))).toEqual(
    [],
  );
  await expect(table.getByRole('row', { name: /sog\.guide/ })).toContainText('No');
  await expectNoAxeViolations(page);
  await page.goto('/questions');
  await expect(page.getByRole('region', { name: /Your list/ }).getByRole('listitem')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a shared link never reaches the server', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/shared#share=v1.secret-part');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => url.includes('secret-part'))).toEqual([]);
});
