import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { everyAnswer, seedGuide } from './guide-helpers';

/** Whose care it is, and the words each perspective must and must not read on the lists. */
const WORDING = {
  child: {
    medicines: 'A list of every medicine your child takes, with the dose and how often',
    firstDoctor: "Message to your child's first doctor",
    soon: 'Ask how soon they can see your child before you book',
  },
  other: {
    medicines: 'A list of every medicine the person you care for takes, with the dose and how often',
    firstDoctor: 'Message to the first doctor of the person you care for',
    soon: 'Ask how soon they can see the person you care for before you book',
  },
} as const;

const listsReady = (page: Page) => expect(page.getByText(/Showing every item|These lists fit/)).toBeVisible();

/** The cost caution on the result, opened, as one list item. */
async function costCaution(page: Page) {
  const cautions = page.getByRole('region', { name: 'Things to keep in mind' });
  const item = cautions.getByRole('listitem').filter({ hasText: 'Check the cost first' });
  await item.locator('summary').click();
  return item.locator('p');
}

for (const perspective of ['child', 'other'] as const) {
  const words = WORDING[perspective];

  test(`/prepare speaks of the ${perspective}'s care, and never of "you take"`, async ({
    page,
    problems,
  }) => {
    await seedGuide(page, perspective, {
      'emergency-symptoms': 'no',
      'surgery-recommended': 'yes',
      'time-sensitive': 'yes',
    });
    await page.goto('/prepare');
    await expect(page.getByText('These lists fit your answers')).toBeVisible();
    const records = page.getByRole('region', { name: 'Records to gather' });
    await expect(records.getByRole('checkbox', { name: words.medicines })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: words.soon })).toBeVisible();
    await expect(page.getByRole('link', { name: words.firstDoctor })).toBeVisible();
    // Hidden reasons count too: no sentence on the page, open or folded, speaks of the person's own medicines.
    await expect(page.getByText(/\byou take\b/)).toHaveCount(0);
    await expect(
      page.getByRole('checkbox', { name: 'A list of every medicine you take', exact: false }),
    ).toHaveCount(0);
    if (perspective === 'child')
      // Medicare is seldom a child's plan: the item about it stays off a parent's list.
      await expect(page.getByRole('checkbox', { name: /Medicare/ })).toHaveCount(0);
    else
      await expect(
        page.getByRole('checkbox', { name: /If the person you care for has Medicare/ }),
      ).toBeVisible();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test(`the packet's records list speaks of the ${perspective}'s medicines`, async ({ page, problems }) => {
    await seedGuide(page, perspective, { 'emergency-symptoms': 'no' });
    await page.goto('/packet');
    const records = page.getByRole('region', { name: 'Records to gather' });
    await expect(records.getByRole('listitem').filter({ hasText: words.medicines })).toContainText('☐');
    await expect(records.getByText(/\byou take\b/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}

test("the result's cost caution for a child sends the parent to the child's plan, not to Medicare", async ({
  page,
  problems,
}) => {
  await seedGuide(page, 'child', everyAnswer('child', { 'surgery-recommended': 'yes' }));
  await page.goto('/guide/result');
  const text = await costCaution(page);
  await expect(text).toBeVisible();
  await expect(text).toHaveText(/^Call your child's health plan or Medicaid plan\./);
  await expect(text).not.toContainText('Medicare');
  await expect(
    page.getByRole('link', { name: "Tell your child's doctor", exact: true, includeHidden: true }),
  ).toBeAttached();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('for someone cared for, Medicare in the cost caution comes with an "if"', async ({ page, problems }) => {
  await seedGuide(page, 'other', everyAnswer('other'));
  await page.goto('/guide/result');
  const text = await costCaution(page);
  await expect(text).toHaveText(/^Call the health plan of the person you care for\./);
  await expect(text).toContainText('If they have Medicare, Part B helps pay');
  expect(problems).toEqual([]);
});

test('for the person themselves the words are unchanged', async ({ page, problems }) => {
  await seedGuide(page, 'self', everyAnswer('self'));
  await page.goto('/prepare');
  await expect(page.getByText('These lists fit your answers')).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'A list of every medicine you take, with the dose and how often' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Message to your first doctor' })).toBeVisible();
  await page.goto('/guide/result');
  const text = await costCaution(page);
  await expect(text).toHaveText(/^With insurance, call the number on the card\./);
  expect(problems).toEqual([]);
});

test('before anyone has said whose care it is, the lists speak to "you"', async ({ page, problems }) => {
  await page.goto('/prepare');
  await listsReady(page);
  await expect(page.getByRole('checkbox', { name: /^A list of every medicine you take/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('/es/prepare speaks of "su hijo o hija" for a child', async ({ page, problems }) => {
  await seedGuide(page, 'child', { 'emergency-symptoms': 'no', 'time-sensitive': 'yes' });
  await page.goto('/es/prepare');
  await expect(page.getByText('Estas listas se ajustan a sus respuestas')).toBeVisible();
  await expect(
    page.getByRole('checkbox', {
      name: 'Una lista de todas las medicinas que toma su hijo o hija, con la dosis y cada cuánto',
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('checkbox', {
      name: 'Antes de hacer la cita, pregunte qué tan pronto pueden ver a su hijo o hija',
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mensaje al primer médico de su hijo o hija' })).toBeVisible();
  await expect(page.getByText(/usted toma/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});
