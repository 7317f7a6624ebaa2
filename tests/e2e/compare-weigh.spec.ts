import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { everyAnswer, seedGuide } from './guide-helpers';
import {
  fillOpinions,
  type OpinionEntry,
  opinionRegion,
  rateOpinion,
  setImportance,
} from './compare-helpers';

// Issue 14, items 2 and 3: the weighing said in words (the arithmetic only on request), SURE carried
// from the result page with before and after, and visit notes put into the fields they answer, once.

/** The same surgeons, with the plans typed only. */
const TWO_PLANS: OpinionEntry[] = [
  { name: 'Dr Rivera', diagnosis: 'Torn meniscus', plan: 'Keyhole surgery next month' },
  { diagnosis: 'Torn meniscus', plan: 'Six weeks of physio first' },
];

async function weigh(page: Page) {
  await page.goto('/compare/weigh');
  await setImportance(page, {
    'Best chance of success': 'A lot',
    'Faster recovery': 'A little',
    'Lower cost': 'A little',
  });
  await rateOpinion(page, 1, { 'Best chance of success': '4', 'Faster recovery': '2', 'Lower cost': '3' });
  await rateOpinion(page, 2, { 'Best chance of success': '2', 'Faster recovery': '3' });
}

test('the weighing is said in words; the arithmetic shows only on request', async ({ page, problems }) => {
  await fillOpinions(page, ...TWO_PLANS);
  await weigh(page);
  const sum = page.getByRole('region', { name: 'Your own weighing' });
  await expect(sum).toContainText('What matters most to you: “Best chance of success”.');
  await expect(sum).toContainText('Opinion 1 (Dr Rivera) fits best with what matters most to you.');
  await expect(sum.getByRole('heading', { name: 'Where they pull apart' })).toBeVisible();
  await expect(sum).toContainText(
    '“Best chance of success”: Opinion 1 (Dr Rivera) does better. You rated Opinion 1 (Dr Rivera) “4 – good” and Opinion 2 “2 – not so good”.',
  );
  await expect(sum).toContainText('within 1 step of each other on “Faster recovery”');
  await expect(sum).toContainText('“Lower cost”: not rated yet for Opinion 2.');
  await expect(sum).toContainText('There is no total score here.');
  // No total and no sums on screen until the person asks for them.
  await expect(sum.getByText(/Total: \d+ out of \d+/).first()).toBeHidden();
  await expect(sum.getByText('3 × 4 = 12')).toBeHidden();
  await expectNoAxeViolations(page);

  await sum.getByText('Show the arithmetic').click();
  const table = sum.getByRole('table', { name: /Opinion 1: Dr Rivera adds up/ });
  await expect(table.getByRole('row', { name: /Best chance of success/ })).toContainText('3 × 4 = 12');
  await expect(sum.getByText('Total: 17 out of 25')).toBeVisible();
  await expect(sum.getByText('Total: 9 out of 25')).toBeVisible();

  // A reload keeps the weighing, and the words follow a changed rating.
  await page.reload();
  await page
    .getByRole('group', { name: /^Opinion 2/ })
    .getByLabel('Best chance of success')
    .selectOption('5');
  await expect(page.getByRole('region', { name: 'Your own weighing' })).toContainText(
    'Opinion 2 fits best with what matters most to you.',
  );
  expect(problems).toEqual([]);
});

test('SURE answered on the result page shows as "before" on the weighing, and a change shows before and after', async ({
  page,
  problems,
}) => {
  await seedGuide(page, 'self', everyAnswer('self', { 'surgery-recommended': 'yes' }));
  await page.goto('/guide/result');
  const onResult = page.getByRole('region', { name: 'Are you ready to decide?' });
  await onResult.getByText('Answer the four questions').click();
  await onResult
    .getByRole('group', { name: 'Do you feel sure about the best choice?' })
    .getByLabel('Yes')
    .check();
  await onResult
    .getByRole('group', { name: 'Do you know the benefits and risks of each option?' })
    .getByLabel('No')
    .check();

  await fillOpinions(page, ...TWO_PLANS);
  await page.goto('/compare/weigh');
  const check = page.getByRole('region', { name: 'Are you ready to decide?' });
  await expect(check).toContainText('These start from your answers on the result page.');
  const sure = check.getByRole('group', { name: 'Do you feel sure about the best choice?' });
  await expect(sure.getByLabel('Yes')).toBeChecked();
  const before = check.getByRole('heading', { name: 'Before and after comparing' });
  await expect(before).toBeVisible();
  await expect(check.getByText('On the result page: Yes. Now: Yes.')).toBeAttached();
  await expect(check).toContainText('Yes answers: 1 of 4 on the result page, 1 of 4 now.');

  await sure.getByLabel('No').check();
  await expect(check.getByText('On the result page: Yes. Now: No. This changed.')).toBeAttached();
  await expect(check).toContainText('Yes → No');
  await expect(check).toContainText('Yes answers: 1 of 4 on the result page, 0 of 4 now.');
  await expectNoAxeViolations(page);

  // The change is kept for the comparison; the result page keeps its own answer.
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Are you ready to decide?' })
      .getByRole('group', { name: 'Do you feel sure about the best choice?' })
      .getByLabel('No'),
  ).toBeChecked();
  await page.goto('/guide/result');
  await expect(
    page
      .getByRole('region', { name: 'Are you ready to decide?' })
      .getByRole('group', { name: 'Do you feel sure about the best choice?' })
      .getByLabel('Yes'),
  ).toBeChecked();
  expect(problems).toEqual([]);
});

test('with no SURE answers on the result page, the weighing says so and links to it', async ({
  page,
  problems,
}) => {
  await fillOpinions(page, ...TWO_PLANS);
  await page.goto('/compare/weigh');
  const check = page.getByRole('region', { name: 'Are you ready to decide?' });
  await expect(check).toContainText('You did not answer these questions on the result page.');
  await expect(check.getByRole('link', { name: 'your result page' })).toHaveAttribute(
    'href',
    '/guide/result',
  );
  await expect(check.getByRole('heading', { name: 'Before and after comparing' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('visit notes go into the fields they answer, exactly once', async ({ page, problems }) => {
  await page.goto('/questions');
  await page.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await page.getByRole('checkbox', { name: /^How sure are you about the diagnosis\?/ }).check();
  await page.getByRole('checkbox', { name: /^How much does it cost\?/ }).check();
  await page.getByLabel('Add your own question').fill('Can I keep working?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.goto('/questions/visit');
  await page.getByLabel('Name of Doctor A (optional)').fill('Dr Rivera');
  const said = (question: RegExp) =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: question }) })
      .getByLabel('What Doctor A (Dr Rivera) said');
  await said(/What are the risks\?/).fill('Small risk of infection.');
  await said(/How sure are you about the diagnosis/).fill('Very sure, the MRI is clear.');
  await said(/How much does it cost/).fill('About $200 after insurance.');
  await said(/Can I keep working/).fill('Yes, from home.');

  await page.goto('/compare');
  const button = page.getByRole('button', { name: 'Add my visit notes to the opinions' });
  const one = opinionRegion(page, 1);
  const expected = {
    'The diagnosis':
      'How sure are you about the diagnosis? What would make you more sure? — Very sure, the MRI is clear.',
    'Risks and side effects': 'What are the risks? — Small risk of infection.',
    'Cost and coverage':
      'How much does it cost? How much will I have to pay myself? — About $200 after insurance.',
    'Other notes': 'Can I keep working? — Yes, from home.',
  };
  await button.click();
  // Said in the order of the form, whatever order the questions were chosen in.
  await expect(
    page
      .getByText(
        'Added 4 notes: 1 to “The diagnosis”, 1 to “Risks and side effects”, 1 to “Cost and coverage”, and 1 to “Other notes”.',
      )
      .last(),
  ).toBeVisible();
  for (const [field, value] of Object.entries(expected))
    await expect(one.getByLabel(field)).toHaveValue(value);
  await expect(one.getByLabel("Doctor's name (optional)")).toHaveValue('Dr Rivera');
  // "How sure" is answered in words: the fixed choice is never guessed from them.
  await expect(
    one.getByRole('group', { name: 'How sure the doctor seemed' }).getByRole('radio', { checked: true }),
  ).toHaveCount(0);

  // A second import, after a reload too, adds nothing.
  await button.click();
  await expect(page.getByText('Your visit notes are already here.').last()).toBeVisible();
  await page.reload();
  await button.click();
  for (const [field, value] of Object.entries(expected))
    await expect(one.getByLabel(field)).toHaveValue(value);
  await expect(opinionRegion(page, 2).getByLabel('Other notes')).toHaveValue('');
  expect(problems).toEqual([]);
});
