import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { fillOpinions, opinionRegion, rateOpinion, setImportance, TWO_SURGEONS } from './compare-helpers';

/** The mark on one row of the side-by-side view: "Agree", "Partly agree" or "Differ". */
const markGroup = (page: Page, row: string) =>
  page.getByRole('group', { name: `${row} Do the doctors agree on this?` });

async function agree(page: Page, diagnosis: string, plan: string) {
  await page.goto('/compare/side-by-side');
  await markGroup(page, 'What is the diagnosis?').getByLabel(diagnosis, { exact: true }).check();
  await markGroup(page, 'What do they suggest?').getByLabel(plan, { exact: true }).check();
}

test('fill two opinions, add a third, remove one; a reload keeps everything', async ({ page, problems }) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.getByRole('button', { name: 'Add a third opinion' }).click();
  await expect(opinionRegion(page, 3)).toBeVisible();
  await expect(opinionRegion(page, 3).getByLabel("Doctor's name (optional)")).toBeFocused();
  await expect(page.getByRole('button', { name: 'Add a third opinion' })).toHaveCount(0);
  await opinionRegion(page, 3).getByLabel('The diagnosis').fill('Knee sprain');
  await expectNoAxeViolations(page);

  // Opinion 2 has typed text, so removing it asks first; "No" keeps it, through a reload too.
  const removeTwo = page.getByRole('button', { name: 'Remove Opinion 2' });
  await removeTwo.click();
  await expect(page.getByRole('heading', { name: 'Remove Opinion 2?' })).toBeFocused();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(removeTwo).toBeFocused();
  await page.reload();
  await expect(opinionRegion(page, 2).getByLabel('The plan they suggest')).toHaveValue(
    'Six weeks of physio first',
  );
  await removeTwo.click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByRole('region', { name: /^Opinion/ })).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(opinionRegion(page, 2).getByLabel('The diagnosis')).toHaveValue('Knee sprain');
  await expect(page.getByRole('button', { name: /^Remove Opinion/ })).toHaveCount(0);

  await page.reload();
  await expect(opinionRegion(page, 1).getByLabel("Doctor's name (optional)")).toHaveValue('Dr Rivera');
  await expect(opinionRegion(page, 1).getByLabel('Surgery', { exact: true })).toBeChecked();
  await expect(opinionRegion(page, 2).getByLabel('The diagnosis')).toHaveValue('Knee sprain');
  await page.goBack();
  await page.goForward();
  await expect(opinionRegion(page, 1).getByLabel('The plan they suggest')).toHaveValue(
    'Keyhole surgery next month',
  );
  expect(problems).toEqual([]);
});

test('a paste past the limit keeps the first 3,000 characters and says so', async ({ page, problems }) => {
  await page.goto('/compare');
  const field = opinionRegion(page, 1).getByLabel('The diagnosis');
  await field.focus();
  // insertText is what a paste does to a field: one insertion, which a maxlength attribute would cut quietly.
  await page.keyboard.insertText('a'.repeat(3000) + 'b'.repeat(100));
  await expect(field).toHaveValue('a'.repeat(3000));
  const message = opinionRegion(page, 1).getByText(
    'Only the first 3,000 characters were kept. The other 100 characters were not saved.',
  );
  await expect(message).toBeVisible();
  // Announced: a polite live region, and part of the field's description.
  await expect(message).toHaveAttribute('aria-live', 'polite');
  await expect(field).toHaveAccessibleDescription(/You have 0 characters remaining.*Only the first 3,000/);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(opinionRegion(page, 1).getByLabel('The diagnosis')).toHaveValue('a'.repeat(3000));
  expect(problems).toEqual([]);
});

test('an empty opinion goes at once, with focus on the heading', async ({ page, problems }) => {
  await page.goto('/compare');
  await page.getByRole('button', { name: 'Add a third opinion' }).click();
  await page.getByRole('button', { name: 'Remove Opinion 3' }).click();
  await expect(page.getByRole('region', { name: /^Opinion/ })).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(problems).toEqual([]);
});

test.describe('the named outcome', () => {
  for (const [diagnosis, plan, title] of [
    ['Agree', 'Agree', 'The doctors agree'],
    ['Agree', 'Differ', 'The doctors agree on the problem but not fully on the plan'],
    ['Differ', 'Partly agree', 'The doctors disagree about the problem'],
  ] as const) {
    test(`diagnosis ${diagnosis}, plan ${plan}: ${title}`, async ({ page, problems }) => {
      await fillOpinions(page, ...TWO_SURGEONS);
      await agree(page, diagnosis, plan);
      const outcome = page.getByRole('region', { name: title, exact: true });
      await expect(outcome).toBeVisible();
      await expect(outcome.getByRole('listitem').first()).toBeVisible();
      await expect(outcome.getByText(/^Sources for this section \(\d+\)$/)).toBeVisible();
      if (title.includes('disagree')) await expect(outcome).toContainText('third opinion');
      await page.reload();
      await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });
  }
});

test('the plan type row suggests "Differ" from the plan types, and the plan row is left to the person', async ({
  page,
}) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.goto('/compare/side-by-side');
  const planType = markGroup(page, 'What kind of plan is it?');
  await expect(planType).toHaveAccessibleDescription(/the plan types differ/);
  await expect(planType.getByRole('radio', { name: 'Differ' })).toBeChecked();
  await expect(markGroup(page, 'What do they suggest?').getByRole('radio', { checked: true })).toHaveCount(0);
});

test('a table at desktop width and the same rows stacked at 360 px, each with its mark', async ({ page }) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/compare/side-by-side');
  const table = page.getByRole('table', { name: 'The opinions side by side' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText([
    'Question',
    'Opinion 1: Dr Rivera',
    'Opinion 2',
    'Do the doctors agree?',
  ]);
  const planRow = table.getByRole('row', { name: /What kind of plan is it\?/ });
  await expect(planRow.getByRole('radio', { name: 'Differ' })).toBeChecked();
  await expect(page.getByText('≠')).toHaveCount(0);
  const desktopRows = await table.getByRole('rowheader').allInnerTexts();

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(table).toBeHidden();
  const stacked = page.getByRole('region', { name: 'What kind of plan is it?' });
  await expect(stacked).toBeVisible();
  await expect(stacked.getByRole('radio', { name: 'Differ' })).toBeChecked();
  await expect(stacked).toContainText('Surgery');
  const phoneRows = await page.locator('.comparison-stacked h3').allInnerTexts();
  expect(phoneRows).toEqual(desktopRows);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('an empty cell says "not asked yet" and offers to add the question to the list', async ({
  page,
  problems,
}) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.goto('/compare/side-by-side');
  const table = page.getByRole('table', { name: 'The opinions side by side' });
  const risks = table.getByRole('row', { name: /What are the risks and side effects\?/ });
  await expect(risks).toContainText('Not asked yet.');
  await risks
    .getByRole('button', { name: 'Add “What are the risks and side effects?” to your questions' })
    .first()
    .click();
  await expect(risks).toContainText('The question is on your list.');
  await page.goto('/questions');
  await expect(page.getByRole('region', { name: /Your list/ })).toContainText('What are the risks?');
  expect(problems).toEqual([]);
});

test('text that looks like markup shows literally and runs nothing', async ({ page, problems }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/compare');
  await opinionRegion(page, 1).getByLabel("Doctor's name (optional)").fill('<b>x</b>');
  await opinionRegion(page, 1).getByLabel('The diagnosis').fill('<img src=x onerror=alert(1)>');
  await page.goto('/compare/side-by-side');
  const table = page.getByRole('table', { name: 'The opinions side by side' });
  await expect(table.getByRole('columnheader', { name: 'Opinion 1: <b>x</b>' })).toBeVisible();
  await expect(table).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main b, main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(problems).toEqual([]);
});

test('weighing is labelled as the person’s own, and its arithmetic opens on request', async ({
  page,
  problems,
}) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.goto('/compare/weigh');
  await setImportance(page, { 'Best chance of success': 'A lot', 'Faster recovery': 'Quite a lot' });
  await rateOpinion(page, 1, { 'Best chance of success': '4', 'Faster recovery': '2' });
  const sum = page.getByRole('region', { name: 'Your own weighing' });
  await expect(sum).toContainText('not medical advice');
  await expect(sum.getByText('Total: 16 out of 25')).toBeHidden();
  await sum.getByText('Show the arithmetic').click();
  const table = sum.getByRole('table', { name: /Opinion 1: Dr Rivera adds up/ });
  await expect(table.getByRole('row', { name: /Best chance of success/ })).toContainText('3 × 4 = 12');
  await expect(table.getByRole('row', { name: /Faster recovery/ })).toContainText('2 × 2 = 4');
  await expect(sum).toContainText('Total: 16 out of 25');
  await expect(sum).toContainText('Total: 0 out of 25');
  await page.reload();
  await page.getByRole('region', { name: 'Your own weighing' }).getByText('Show the arithmetic').click();
  await expect(page.getByRole('region', { name: 'Your own weighing' })).toContainText('Total: 16 out of 25');
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('the whole comparison can be done by keyboard alone', async ({ page, problems }) => {
  await page.goto('/compare');
  const diagnosis = opinionRegion(page, 1).getByLabel('The diagnosis');
  await expect(diagnosis).toBeVisible();
  for (let i = 0; i < 40 && !(await diagnosis.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(diagnosis).toBeFocused();
  await page.keyboard.type('Gallstones');
  const addThird = page.getByRole('button', { name: 'Add a third opinion' });
  for (let i = 0; i < 80 && !(await addThird.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(opinionRegion(page, 3).getByLabel("Doctor's name (optional)")).toBeFocused();
  await page.keyboard.type('Dr Okafor');
  const next = page.getByRole('link', { name: 'See them side by side', exact: true });
  for (let i = 0; i < 80 && !(await next.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'The opinions side by side' })).toBeVisible();
  // Only one doctor's diagnosis is noted, so "Differ" is suggested: Tab reaches the group on it, and
  // the arrow keys move the mark, as in any radio group.
  const group = markGroup(page, 'What is the diagnosis?');
  const differ = group.getByRole('radio', { name: 'Differ', exact: true });
  for (let i = 0; i < 80 && !(await differ.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(differ).toBeFocused();
  await expect(differ).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(group.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
  expect(problems).toEqual([]);
});

test('clear all asks first, then empties the comparison', async ({ page, problems }) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByRole('heading', { name: 'Clear every opinion you entered?' })).toBeFocused();
  await page.getByRole('button', { name: 'No, keep them' }).click();
  await expect(opinionRegion(page, 1).getByLabel('The diagnosis')).toHaveValue('Torn meniscus');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(opinionRegion(page, 1).getByLabel('The diagnosis')).toHaveValue('');
  await page.reload();
  await expect(opinionRegion(page, 1).getByLabel('The diagnosis')).toHaveValue('');
  expect(problems).toEqual([]);
});

test('the comparison prints as a table, with no buttons, and passes axe on paper', async ({ page }) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await agree(page, 'Agree', 'Differ');
  await page.setViewportSize({ width: 390, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: 'The opinions side by side' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the comparison' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Compare opinions steps' })).toBeHidden();
  await expectNoAxeViolations(page);
  await page.goto('/packet');
  await expect(page.getByRole('region', { name: 'Comparing the opinions' })).toContainText(
    'Keyhole surgery next month',
  );
});

test('visit notes can be pulled into the opinions', async ({ page, problems }) => {
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.goto('/questions/visit');
  await page.getByLabel('Name of Doctor A (optional)').fill('Dr Rivera');
  await page.getByLabel('What Doctor A (Dr Rivera) said').fill('Small risk of infection.');
  await page.goto('/compare');
  await page.getByRole('button', { name: 'Add my visit notes to the opinions' }).click();
  await expect(opinionRegion(page, 1).getByLabel('Risks and side effects')).toHaveValue(
    'What are the risks? — Small risk of infection.',
  );
  await expect(opinionRegion(page, 1).getByLabel('Other notes')).toHaveValue('');
  await expect(opinionRegion(page, 1).getByLabel("Doctor's name (optional)")).toHaveValue('Dr Rivera');
  expect(problems).toEqual([]);
});
