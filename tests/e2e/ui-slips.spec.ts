import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The accessible name of the focused element, as a screen reader would hear it first. */
function focusedName(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const label = el.getAttribute('aria-label');
    return (label ?? el.textContent ?? '').trim();
  });
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Cancel and Escape on the shared copy question give focus back to "Save to this device"', async ({
  page,
  problems,
}) => {
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.getByRole('button', { name: 'Share or save a copy' }).click();
  const panel = page.getByRole('region', { name: /^Share or save a copy of/ });
  const link = await panel.getByLabel('Link to share').inputValue();
  // Closing the share panel also hands focus back to the button that opened it.
  await panel.getByRole('button', { name: 'Close' }).click();
  expect(await focusedName(page)).toBe('Share or save a copy');

  // This device holds a list already, so saving the shared copy asks first.
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const save = page.getByRole('button', { name: 'Save to this device' });
  await save.click();
  await expect(page.getByRole('heading', { name: /^This device already has/ })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(save).toBeFocused();
  expect(await focusedName(page)).toBe('Save to this device');

  await save.click();
  await expect(page.getByRole('heading', { name: /^This device already has/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^This device already has/ })).toHaveCount(0);
  expect(await focusedName(page)).toBe('Save to this device');
  expect(problems).toEqual([]);
});

test('Escape on "Delete everything" on the privacy page keeps everything and returns to the button', async ({
  page,
}) => {
  await page.goto('/privacy');
  const button = page.getByRole('button', { name: 'Delete everything on this device' });
  await button.click();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

for (const [path, caption] of [
  ['/privacy', 'Everything this guide can save in this browser'],
  ['/es/privacy', 'Todo lo que esta guía puede guardar en este navegador'],
] as const) {
  test(`the table on ${path} scrolls sideways at 320 px and the keyboard reaches it`, async ({
    page,
    problems,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const region = page.getByRole('region', { name: caption });
    await expect(region).toBeVisible();
    // It really is wider than the phone, so without focus it could not be scrolled by keyboard.
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await region.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

    const { violations } = await new AxeBuilder({ page })
      .withRules(['scrollable-region-focusable'])
      .analyze();
    expect(violations).toEqual([]);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}

test('Markdown tables in an article sit in named regions that pass axe at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/learn/risks-and-downsides');
  const region = page.getByRole('region', { name: 'Two reasonable choices' });
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region.getByRole('table')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
  expect(violations).toEqual([]);
  await expectNoAxeViolations(page);
});

test('a note in Arabic or Hebrew in visit notes lays out right to left', async ({ page, problems }) => {
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.goto('/questions/visit');
  const note = page.getByLabel('What Doctor A said');
  await note.fill('النزيف نادر بعد العملية.');
  await expect(note).toHaveAttribute('dir', 'auto');
  expect(await note.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // English stays left to right in the same kind of box.
  await note.fill('Bleeding is rare.');
  expect(await note.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  // (The name goes last: once typed, it becomes part of the note's label.)
  const name = page.getByLabel('Name of Doctor A (optional)');
  await name.fill('ד״ר כהן');
  await expect(name).toHaveAttribute('dir', 'auto');
  expect(await name.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(problems).toEqual([]);
});

test('a repeated own question is refused with its message and not added', async ({ page, problems }) => {
  await page.goto('/questions');
  const box = page.getByRole('textbox', { name: 'Add your own question' });
  await box.fill('Is it safe to fly after surgery?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByRole('heading', { name: 'Your list (1)' })).toBeVisible();

  await box.fill('  is it SAFE to fly after surgery ');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/This question is already on your list/);
  await expect(page.getByRole('heading', { name: 'Your list (1)' })).toBeVisible();

  await box.fill('what are the risks');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(box).toHaveAccessibleDescription(/This is one of the common questions below/);
  await expect(page.getByRole('heading', { name: 'Your list (1)' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('the own-question box counts down and reaches 0 at 300 characters', async ({ page, problems }) => {
  await page.goto('/questions');
  const box = page.getByRole('textbox', { name: 'Add your own question' });
  await box.fill('x'.repeat(224));
  await expect(page.getByText(/characters? remaining/)).toHaveCount(0);
  await box.fill('x'.repeat(225));
  await expect(page.getByText('You have 75 characters remaining', { exact: true }).first()).toBeVisible();
  await box.fill('x'.repeat(300));
  const count = page.getByText('You have 0 characters remaining', { exact: true }).first();
  await expect(count).toBeVisible();
  await expect(box).toHaveAccessibleDescription('You have 0 characters remaining');
  // The polite live region says it too, once typing pauses.
  await expect(
    page.locator('[aria-live="polite"]', { hasText: 'You have 0 characters remaining' }),
  ).toHaveCount(1);
  await box.fill('x'.repeat(301));
  await expect(page.getByText('You have 1 character too many', { exact: true }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the clinic name shows its count too', async ({ page, problems }) => {
  await page.goto('/clinic');
  const name = page.getByLabel('Clinic name');
  await name.fill('c'.repeat(70));
  await expect(page.getByText('You have 10 characters remaining', { exact: true }).first()).toBeVisible();
  await expect(name).toHaveAccessibleDescription(/You have 10 characters remaining/);
  await expect(name).toHaveAttribute('dir', 'auto');
  expect(problems).toEqual([]);
});

test('a half-typed own question is still in the box after a reload, and goes once added', async ({
  page,
  problems,
}) => {
  await page.goto('/questions');
  const box = page.getByRole('textbox', { name: 'Add your own question' });
  await box.fill('Can I wait a month?');
  await page.reload();
  await expect(box).toHaveValue('Can I wait a month?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByRole('heading', { name: 'Your list (1)' })).toBeVisible();
  await page.reload();
  await expect(box).toHaveValue('');
  expect(problems).toEqual([]);
});
