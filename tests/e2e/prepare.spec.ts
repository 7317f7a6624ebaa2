import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedGuide } from './guide-helpers';

const ready = (page: import('@playwright/test').Page) =>
  expect(page.getByText(/Showing every item|These lists fit/)).toBeVisible();

test('a ticked item stays ticked after a reload, and progress counts it', async ({ page, problems }) => {
  await page.goto('/prepare');
  await ready(page);
  const records = page.getByRole('region', { name: 'Records to gather' });
  await expect(records.getByText(/^0 of \d+ done$/)).toBeVisible();
  const item = records.getByRole('checkbox', { name: 'Results of recent tests and lab work' });
  await item.check();
  await expect(records.getByText(/^1 of \d+ done$/)).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(
    page
      .getByRole('region', { name: 'Records to gather' })
      .getByRole('checkbox', { name: 'Results of recent tests and lab work' }),
  ).toBeChecked();
  await expect(
    page.getByRole('region', { name: 'Records to gather' }).getByText(/^1 of \d+ done$/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('own items can be added, edited and removed, and typed markup shows as text', async ({
  page,
  problems,
}) => {
  await page.goto('/prepare');
  await ready(page);
  const list = page.getByRole('region', { name: 'On the day' });
  await list.getByRole('button', { name: 'Add item' }).click();
  await expect(list.getByText('Enter what you want to add')).toBeVisible();
  await list.getByLabel(/Add your own item/).fill('<b>x</b> bring snacks');
  await list.getByRole('button', { name: 'Add item' }).click();
  await expect(list.getByRole('checkbox', { name: '<b>x</b> bring snacks (your own item)' })).toBeVisible();
  await expect(list.locator('b')).toHaveCount(0);
  await list.getByRole('button', { name: 'Edit: <b>x</b> bring snacks' }).click();
  await list.getByLabel('Edit your item').fill('Bring water and snacks');
  await list.getByRole('button', { name: 'Save' }).click();
  await page.reload();
  await ready(page);
  const again = page.getByRole('region', { name: 'On the day' });
  await again.getByRole('checkbox', { name: /Bring water and snacks/ }).check();
  await expect(again.getByText(/^1 of \d+ done$/)).toBeVisible();
  await again.getByRole('button', { name: 'Remove: Bring water and snacks' }).click();
  await again.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(again.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(again.getByRole('checkbox', { name: /Bring water and snacks/ })).toHaveCount(0);
  await expect(again.getByText(/^0 of \d+ done$/)).toBeVisible();
  expect(problems).toEqual([]);
});

test('the lists adapt to a wizard result and say why', async ({ page, problems }) => {
  await page.goto('/prepare');
  await ready(page);
  // Without answers every item shows, with no reasons attached.
  await expect(page.getByRole('checkbox', { name: /pathology slides/i })).toBeVisible();
  await expect(page.getByText(/^Shown because/)).toHaveCount(0);

  await seedGuide(page, 'self', {
    'emergency-symptoms': 'no',
    'serious-diagnosis': 'no',
    'surgery-recommended': 'yes',
  });
  await page.goto('/prepare');
  await expect(page.getByText('These lists fit your answers')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /surgery or procedure/i })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Records to gather' }).getByText(/Shown because surgery/),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /pathology slides/i })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /children's (specialist|hospital)/i })).toHaveCount(0);

  await seedGuide(page, 'child', {
    'emergency-symptoms': 'no',
    'serious-diagnosis': 'yes',
    'cancer-diagnosis': 'yes',
  });
  await page.goto('/prepare');
  await expect(page.getByRole('checkbox', { name: /pathology slides/i })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /children/i }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('/prepare prints without navigation or add buttons and passes axe on paper', async ({ page }) => {
  await page.goto('/prepare');
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add item' }).first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Records to gather' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('corrupted checklist data gives a notice, not a crash', async ({ page, problems }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('sog.prepare', '{"state":{"ticked":"all"},"version":1}'));
  await page.goto('/prepare');
  await expect(page.getByRole('status')).toContainText('could not be read');
  await page.getByRole('checkbox', { name: 'Results of recent tests and lab work' }).check();
  await expect(
    page.getByRole('region', { name: 'Records to gather' }).getByText(/^1 of \d+ done$/),
  ).toBeVisible();
  expect(problems).toEqual([]);
});
