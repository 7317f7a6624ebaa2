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
  // The form is folded to keep the page short; the summary opens it from the keyboard too.
  await list.getByText('Add your own item', { exact: true }).focus();
  await page.keyboard.press('Enter');
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

const TITLES = [
  'Talking with your doctor',
  'Insurance and cost',
  'Finding a specialist',
  'Records to gather',
  'On the day',
  'After the visit',
];

test('the sections come in the order people act, each heading with its progress', async ({ page }) => {
  await page.goto('/prepare');
  await ready(page);
  const headings = await page.locator('section.checklist h2').allTextContents();
  expect(headings.map((h) => h.replace(/\s*\d+ of \d+ done$/, ''))).toEqual(TITLES);
  for (const heading of headings) expect(heading).toMatch(/ 0 of \d+ done$/);
  // The list on the page keeps the same order.
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav.getByRole('link')).toHaveText([...TITLES, /questions/, /packet/]);
});

test('ticking updates the section and the overall counts, by mouse and by keyboard', async ({
  page,
  problems,
}) => {
  await page.goto('/prepare');
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'On this page' });
  const overall = nav.getByText(/^\d+ of \d+ done in all$/);
  const total = Number((await overall.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(40);
  await expect(overall).toHaveText(`0 of ${total} done in all`);

  const talking = page.getByRole('region', { name: 'Talking with your doctor' });
  await talking.getByRole('checkbox', { name: /how long it is safe to wait/ }).check();
  const tell = talking.getByRole('checkbox', { name: /plan to get a second opinion/ });
  await tell.focus();
  await page.keyboard.press('Space');
  await expect(tell).toBeChecked();
  await expect(talking.getByRole('heading', { level: 2 })).toHaveText(
    /^Talking with your doctor 2 of 5 done$/,
  );
  await expect(nav.getByRole('listitem').first()).toHaveText('Talking with your doctor (2 of 5)');
  await expect(overall).toHaveText(`2 of ${total} done in all`);
  await page.keyboard.press('Space');
  await expect(talking.getByText('1 of 5 done')).toBeVisible();
  await expect(overall).toHaveText(`1 of ${total} done in all`);
  expect(problems).toEqual([]);
});

test('"Start here" gives three steps, fitted to the saved answers, each leading to its item', async ({
  page,
  problems,
}) => {
  // Three page loads and an axe run: more than the default budget on a busy machine.
  test.setTimeout(90_000);
  const steps = () => page.getByRole('region', { name: 'Start here' }).getByRole('listitem');
  await page.goto('/prepare');
  await ready(page);
  await expect(steps()).toHaveText([
    'Tell your doctor you want a second opinion. Ask how long it is safe to wait.',
    'Call your health plan. Ask if it pays for a second opinion.',
    /^Ask your doctor, your plan or people you trust/,
  ]);

  await seedGuide(page, 'child', { 'emergency-symptoms': 'no', 'time-sensitive': 'yes' });
  await page.goto('/prepare');
  await expect(page.getByText('These lists fit your answers')).toBeVisible();
  await expect(steps()).toHaveText([
    /^Ask your child's doctor how long it is safe to wait/,
    /^Call your child's health plan/,
    /how soon they can see your child/,
  ]);
  await steps().first().getByRole('link').click();
  await expect(page).toHaveURL(/#item-talking-with-your-doctor-how-long-to-wait$/);
  await expect(page.getByRole('checkbox', { name: /how long it is safe to wait/ })).toBeInViewport();

  await seedGuide(page, 'self', { 'emergency-symptoms': 'no', 'insurance-requires': 'yes' });
  await page.goto('/prepare');
  await expect(page.getByText('These lists fit your answers')).toBeVisible();
  await expect(steps().first()).toHaveText(/^Call your health plan now/);
  await steps().first().getByRole('link').click();
  await expect(page.getByRole('checkbox', { name: /referral or approval/ })).toBeInViewport();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('sources are folded: no source line under items, one closed list per section', async ({ page }) => {
  await page.goto('/prepare');
  await ready(page);
  await expect(page.getByText(/^Sources?: /)).toHaveCount(0);
  for (const title of TITLES) {
    const section = page.getByRole('region', { name: title });
    const fold = section.locator('details').filter({ hasText: 'Sources for this section' });
    await expect(fold).toHaveCount(1);
    await expect(fold).not.toHaveAttribute('open');
  }
  const insurance = page.getByRole('region', { name: 'Insurance and cost' });
  const sources = insurance.locator('details').filter({ hasText: 'Sources for this section' });
  const citation = sources.getByRole('link', { name: /Medicare/ }).first();
  await expect(citation).toBeHidden();
  await sources.locator('summary').click();
  await expect(citation).toBeVisible();
  // Each source once, however many items cite it.
  await expect(sources.getByText(/^Untitled patient article on second opinions/)).toHaveCount(1);
  // Reasons are folded too, and open on request.
  const why = insurance.getByText(/^Part B helps pay for a second opinion/);
  await expect(why).toBeHidden();
  await insurance.getByText('Why this helps: If you have Medicare').click();
  await expect(why).toBeVisible();
  await expect(why).toContainText('medically needed');
  await expectNoAxeViolations(page);
});

test('on a 390 by 844 phone the page fits in 12 screens with details folded', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/prepare');
  await ready(page);
  const screens = await page.evaluate(() => document.documentElement.scrollHeight / 844);
  console.log(`/prepare on a 390x844 phone: ${screens.toFixed(1)} screens with details folded`);
  expect(screens).toBeLessThanOrEqual(12);
  await expectNoAxeViolations(page);
});
