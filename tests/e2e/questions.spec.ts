import { expect, expectNoAxeViolations, test } from './fixtures';

async function tabTo(page: import('@playwright/test').Page, locator: import('@playwright/test').Locator) {
  for (let i = 0; i < 120 && !(await locator.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

const listItems = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: /Your list/ }).getByRole('listitem');

test('add, reorder and remove questions with the keyboard alone', async ({ page, problems }) => {
  await page.goto('/questions');
  const bankQuestion = page.getByRole('checkbox', { name: 'What are my options?' });
  await expect(bankQuestion).toBeEnabled();

  await tabTo(page, bankQuestion);
  await page.keyboard.press('Space');
  await expect(bankQuestion).toBeChecked();

  const own = page.getByLabel('Add your own question');
  await tabTo(page, own);
  await page.keyboard.type('Who do I call if I have questions later?');
  await page.keyboard.press('Enter');
  await expect(listItems(page)).toHaveCount(2);
  await expect(listItems(page).nth(1)).toContainText('Who do I call if I have questions later?');

  const moveUp = page.getByRole('button', { name: 'Move up: Who do I call if I have questions later?' });
  await tabTo(page, moveUp);
  await page.keyboard.press('Enter');
  await expect(listItems(page).nth(0)).toContainText('Who do I call if I have questions later?');
  await expect(page.getByText(/Moved “Who do I call.*” to position 1 of 2\./)).toBeAttached();
  // Focus stays with the moved question, so it can be moved again straight away.
  await expect(
    page.getByRole('button', { name: 'Move down: Who do I call if I have questions later?' }),
  ).toBeFocused();

  const remove = page.getByRole('button', { name: 'Remove: What are my options?' });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  await expect(listItems(page)).toHaveCount(1);
  await expect(bankQuestion).not.toBeChecked();

  await page.reload();
  await expect(listItems(page)).toHaveCount(1);
  await expect(listItems(page).first()).toContainText('Who do I call if I have questions later?');
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('visit-mode notes for each doctor survive a reload', async ({ page, problems }) => {
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are my options?' }).check();
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.getByRole('link', { name: "At the visit: note each doctor's answers" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Note what each doctor said' })).toBeVisible();
  await page.getByLabel('Name of Doctor A (optional)').fill('Dr Rivera');
  await page.getByRole('button', { name: 'Add another doctor' }).click();
  await page.getByLabel('What Doctor A (Dr Rivera) said').first().fill('Surgery or physio.');
  await page.getByLabel('What Doctor B said').nth(1).fill('<script>alert(1)</script> small risk');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('What Doctor A (Dr Rivera) said').first()).toHaveValue('Surgery or physio.');
  await expect(page.getByLabel('What Doctor B said').nth(1)).toHaveValue(
    '<script>alert(1)</script> small risk',
  );
  expect(problems).toEqual([]);
});

test('removing a doctor with notes asks first; the notes survive "No" and a reload', async ({
  page,
  problems,
}) => {
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.goto('/questions/visit');
  await page.getByRole('button', { name: 'Add another doctor' }).click();
  await page.getByLabel('What Doctor B said').fill('Bleeding is rare.');
  const remove = page.getByRole('button', { name: 'Remove Doctor B and their notes' });
  await remove.click();
  await expect(page.getByRole('heading', { name: 'Remove Doctor B and their notes?' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'No, keep them' }).click();
  await expect(remove).toBeFocused();
  await page.reload();
  await expect(page.getByLabel('What Doctor B said')).toHaveValue('Bleeding is rare.');
  await remove.click();
  await page.getByRole('button', { name: 'Yes, remove them' }).click();
  await expect(page.getByLabel('What Doctor B said')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'The doctors' })).toBeFocused();
  // A doctor with nothing typed goes at once.
  await page.getByRole('button', { name: 'Add another doctor' }).click();
  await page.getByRole('button', { name: 'Remove Doctor B and their notes' }).click();
  await expect(page.getByLabel('What Doctor B said')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'The doctors' })).toBeFocused();
  expect(problems).toEqual([]);
});

test('a long paste into a note or a name keeps what fits and says so', async ({ page, problems }) => {
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.goto('/questions/visit');
  const note = page.getByLabel('What Doctor A said');
  await note.focus();
  await page.keyboard.insertText('n'.repeat(5100));
  await expect(note).toHaveValue('n'.repeat(5000));
  await expect(note).toHaveAccessibleDescription(
    /Only the first 5,000 characters were kept\. The other 100 characters were not saved\./,
  );
  const name = page.getByLabel('Name of Doctor A (optional)');
  await name.focus();
  await page.keyboard.insertText('d'.repeat(90));
  await expect(name).toHaveValue('d'.repeat(80));
  await expect(page.getByText('The other 10 characters were not saved.', { exact: false })).toHaveAttribute(
    'aria-live',
    'polite',
  );
  await page.reload();
  await expect(page.getByLabel(/^What Doctor A/)).toHaveValue('n'.repeat(5000));
  expect(problems).toEqual([]);
});

test('unticking a question with notes asks first', async ({ page, problems }) => {
  await page.goto('/questions');
  const risks = page.getByRole('checkbox', { name: 'What are the risks?' });
  await risks.check();
  await page.goto('/questions/visit');
  await page.getByLabel('What Doctor A said').fill('Bleeding is rare.');
  await page.goto('/questions');
  await risks.click();
  await expect(
    page.getByRole('heading', { name: 'Take this question off your list, with its notes?' }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(risks).toBeChecked();
  await expect(risks).toBeFocused();
  await risks.click();
  await page.getByRole('button', { name: 'Yes, take it off' }).click();
  await expect(risks).not.toBeChecked();
  await expect(risks).toBeFocused();
  await page.goto('/questions/visit');
  await expect(page.getByText('You have no questions in your list yet.')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the packet in print media holds the chosen questions, the notes and the ticked records', async ({
  page,
  problems,
}) => {
  await page.goto('/prepare');
  await page.getByRole('checkbox', { name: 'Results of recent tests and lab work' }).check();
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.getByLabel('Add your own question').fill('<i>Can</i> I bring my sister?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.goto('/questions/visit');
  await page.getByLabel('What Doctor A said').first().fill('Some bruising is common.');

  await page.goto('/packet');
  await page.emulateMedia({ media: 'print' });
  const questions = page.getByRole('region', { name: 'Questions to ask' });
  await expect(questions).toContainText('1. What are the risks?');
  await expect(questions).toContainText('2. <i>Can</i> I bring my sister?');
  await expect(questions).toContainText('Some bruising is common.');
  const records = page.getByRole('region', { name: 'Records to gather' });
  await expect(
    records.getByRole('listitem').filter({ hasText: 'Results of recent tests and lab work' }),
  ).toContainText('☑');
  await expect(records.getByRole('listitem').filter({ hasText: 'A list of every medicine' })).toContainText(
    '☐',
  );
  await expect(page.getByRole('button', { name: 'Print your packet' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  // The parts run on without a forced new sheet each (print.spec.ts counts the sheets); the short
  // records list is kept in one piece.
  const breaks = await page
    .locator('.packet-section')
    .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks).toEqual(['auto', 'auto', 'auto']);
  expect(await records.evaluate((section) => getComputedStyle(section).breakInside)).toBe('avoid');
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});
