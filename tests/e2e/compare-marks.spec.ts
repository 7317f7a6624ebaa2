import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, WCAG_TAGS } from './fixtures';
import { fillOpinions, type OpinionEntry, opinionRegion } from './compare-helpers';

// Issue 14, item 1: the person marks, row by row, whether the doctors agree; the app prefills only
// what it can be sure of (fixed choices, or an answer noted for one doctor only) and says why.

const mark = (page: Page, row: string) =>
  page.getByRole('group', { name: `${row} Do the doctors agree on this?` });
const summary = (page: Page) => page.getByText(/^(You marked|There (is|are) \d+ rows? to mark)/);

/**
 * Two surgeons on a torn meniscus: the diagnosis worded two ways, plan types and certainty chosen
 * differently, the same timing, and risks noted for the first doctor only.
 */
const MENISCUS: OpinionEntry[] = [
  {
    name: 'Dr Rivera',
    diagnosis: 'Torn meniscus in the left knee',
    certainty: 'Very sure',
    plan: 'Keyhole surgery next month',
    planType: 'Surgery',
    timing: 'Within a few weeks',
    risks: 'Infection, stiffness',
  },
  {
    name: 'Dr Okafor',
    diagnosis: 'Meniscus tear, left knee',
    certainty: 'Fairly sure',
    plan: 'Six weeks of physio first',
    planType: 'Therapy or rehabilitation',
    timing: 'Within a few weeks',
  },
];

/** Every heading level on the page, in order, among those shown. */
const headingLevels = (page: Page) =>
  page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => Number(el.tagName.slice(1))),
    );

for (const [label, viewport] of [
  ['wide screen', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`on a ${label}: the person marks rows, the summary and the outcome follow`, async ({
    page,
    problems,
  }) => {
    await page.setViewportSize(viewport);
    await fillOpinions(page, ...MENISCUS);
    await page.goto('/compare/side-by-side');

    // Six rows have something noted. Four are prefilled: plan type and certainty differ, the timing
    // is the same, and only one doctor's risks are noted. The diagnosis and plan are left to the person.
    await expect(summary(page)).toHaveText(
      'You marked 4 of 6 rows: 1 agree, 0 partly, 3 differ. The guide suggested 4 of these. 2 are not marked yet.',
    );
    await expect(summary(page)).toHaveAttribute('aria-live', 'polite');
    await expect(page.getByText('≠')).toHaveCount(0);
    const outcomes = page.getByRole('region', { name: 'What your marks add up to' });
    await expect(outcomes).toContainText(
      'Mark the rows “What is the diagnosis?” and “What do they suggest?”',
    );

    await mark(page, 'What is the diagnosis?').getByLabel('Agree', { exact: true }).check();
    await expect(summary(page)).toHaveText(
      'You marked 5 of 6 rows: 2 agree, 0 partly, 3 differ. The guide suggested 4 of these. 1 is not marked yet.',
    );
    await mark(page, 'What do they suggest?').getByLabel('Partly agree', { exact: true }).check();
    await expect(summary(page)).toHaveText(
      'You marked 6 of 6 rows: 2 agree, 1 partly, 3 differ. The guide suggested 4 of these. Every row is marked.',
    );
    await expect(
      page.getByRole('region', { name: 'The doctors agree on the problem but not fully on the plan' }),
    ).toBeVisible();

    // The person's marks are kept, and still win over the suggestions, after a reload.
    await mark(page, 'What are the risks and side effects?').getByLabel('Agree', { exact: true }).check();
    await page.reload();
    await expect(summary(page)).toHaveText(
      'You marked 6 of 6 rows: 3 agree, 1 partly, 2 differ. The guide suggested 3 of these. Every row is marked.',
    );
    await expect(
      mark(page, 'What are the risks and side effects?').getByRole('radio', { name: 'Agree', exact: true }),
    ).toBeChecked();
    await mark(page, 'What is the diagnosis?').getByLabel('Differ', { exact: true }).check();
    await expect(page.getByRole('region', { name: 'The doctors disagree about the problem' })).toBeVisible();

    // h1, then h2 for each part, then h3: no level skipped.
    const levels = await headingLevels(page);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `${levels}`).toBeLessThanOrEqual(1));
    const { violations } = await new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}

test('plan types differ: "Differ" is prefilled with its reason, and the person can change it', async ({
  page,
  problems,
}) => {
  await fillOpinions(page, ...MENISCUS);
  await page.goto('/compare/side-by-side');
  const planType = mark(page, 'What kind of plan is it?');
  await expect(planType.getByRole('radio', { name: 'Differ' })).toBeChecked();
  await expect(planType).toHaveAccessibleDescription(
    'Suggested because the plan types differ. Change it if you see it differently.',
  );
  await planType.getByRole('radio', { name: 'Partly agree' }).check();
  await expect(planType.getByRole('radio', { name: 'Partly agree' })).toBeChecked();
  await expect(planType.getByText(/^Suggested because/)).toHaveCount(0);
  await page.reload();
  await expect(
    mark(page, 'What kind of plan is it?').getByRole('radio', { name: 'Partly agree' }),
  ).toBeChecked();
  expect(problems).toEqual([]);
});

test('"Very sure" and "Fairly sure" are prefilled as differing; two wordings of one diagnosis are not', async ({
  page,
  problems,
}) => {
  await fillOpinions(page, ...MENISCUS);
  await page.goto('/compare/side-by-side');
  const certainty = mark(page, 'How sure is the doctor?');
  await expect(certainty.getByRole('radio', { name: 'Differ' })).toBeChecked();
  await expect(certainty).toHaveAccessibleDescription(/the doctors were not equally sure/);
  await expect(
    mark(page, 'When would they start?').getByRole('radio', { name: 'Agree', exact: true }),
  ).toBeChecked();
  const risks = mark(page, 'What are the risks and side effects?');
  await expect(risks.getByRole('radio', { name: 'Differ' })).toBeChecked();
  await expect(risks).toHaveAccessibleDescription(/only one doctor’s answer is noted/);
  const diagnosis = mark(page, 'What is the diagnosis?');
  await expect(diagnosis.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(diagnosis).not.toHaveAccessibleDescription(/Suggested/);
  // A row with nothing noted asks for no mark.
  const table = page.getByRole('table', { name: 'The opinions side by side' });
  await expect(table.getByRole('row', { name: /What will it cost me\?/ })).toContainText(
    'Nothing is noted here for any doctor, so there is nothing to mark.',
  );
  await expect(mark(page, 'What will it cost me?')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('marks can be given with the keyboard alone', async ({ page, problems }) => {
  await fillOpinions(page, ...MENISCUS);
  await page.goto('/compare/side-by-side');
  const agree = mark(page, 'What is the diagnosis?').getByRole('radio', { name: 'Agree', exact: true });
  for (let i = 0; i < 80 && !(await agree.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(agree).toBeChecked();
  // Arrow keys move within the row's group, as native radios do.
  await page.keyboard.press('ArrowDown');
  await expect(
    mark(page, 'What is the diagnosis?').getByRole('radio', { name: 'Partly agree' }),
  ).toBeChecked();
  await expect(summary(page)).toContainText('1 partly');
  expect(problems).toEqual([]);
});

test('the Spanish page asks the same, in Spanish', async ({ page, problems }) => {
  await fillOpinions(page, ...MENISCUS);
  await page.goto('/es/compare/side-by-side');
  const planType = page.getByRole('group', {
    name: '¿Qué tipo de plan es? ¿Están de acuerdo los médicos en esto?',
  });
  await expect(planType.getByRole('radio', { name: 'Difieren' })).toBeChecked();
  await expect(page.getByText(/^Marcó 4 de 6 filas/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('one doctor’s diagnosis alone is not a disagreement until the person says so', async ({
  page,
  problems,
}) => {
  await page.goto('/compare');
  await opinionRegion(page, 1).getByLabel('The diagnosis').fill('Torn meniscus in the left knee');
  await opinionRegion(page, 1).getByLabel('The plan they suggest').fill('Keyhole surgery next month');
  await opinionRegion(page, 2).getByLabel('Risks and side effects').fill('Stiffness for a few weeks');
  await page.goto('/compare/side-by-side');

  // The row suggests "Differ" (only one answer is noted), but the outcome waits for a second answer.
  const diagnosis = mark(page, 'What is the diagnosis?');
  await expect(diagnosis.getByRole('radio', { name: 'Differ' })).toBeChecked();
  const outcomes = page.getByRole('region', { name: 'What your marks add up to' });
  await expect(outcomes).toContainText(
    '“What do they suggest?” need two doctors’ answers. Note what the second doctor said there',
  );
  await expect(outcomes.getByRole('heading', { level: 3 })).toHaveCount(0);

  // The person knows the second doctor disagreed without having typed it: their own mark counts.
  await diagnosis.getByRole('radio', { name: 'Partly agree' }).check();
  await diagnosis.getByRole('radio', { name: 'Differ' }).check();
  await expect(page.getByRole('region', { name: 'The doctors disagree about the problem' })).toBeVisible();
  expect(problems).toEqual([]);
});
