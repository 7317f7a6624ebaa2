import { expectNoAxeViolations, expect, test } from './fixtures';
import { everyAnswer, seedGuide } from './guide-helpers';

// The case the issue was measured with: a new serious illness, surgery suggested, unsure, for themself.
const REALISTIC = everyAnswer('self', {
  'emergency-symptoms': 'no',
  'time-sensitive': 'not-sure',
  'serious-diagnosis': 'yes',
  'cancer-diagnosis': 'no',
  'surgery-recommended': 'yes',
  'unsure-about-plan': 'not-sure',
  'peace-of-mind': 'yes',
});
const PHONE = { width: 390, height: 844 };

test.describe('the result as a decision aid', () => {
  test.use({ viewport: PHONE });

  test('names the decision, shows both options, and puts first steps within two phone screens', async ({
    page,
  }) => {
    await seedGuide(page, 'self', REALISTIC);
    await page.goto('/guide/result');
    await expect(page.getByRole('heading', { level: 1, name: 'Your result' })).toBeVisible();
    await expect(page.getByText(/choosing whether another doctor should check/i).first()).toBeVisible();

    const first = page.getByRole('region', { name: 'What to do first' });
    const steps = first.getByRole('listitem');
    await expect(steps.first()).toContainText('how long it is safe to wait');
    const box = await steps.first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(2 * PHONE.height);

    const options = page.getByRole('region', { name: /choices side by side/i });
    await expect(options.getByText('Ask for a second opinion').first()).toBeAttached();
    await expect(options.getByText('Go ahead with the current plan').first()).toBeAttached();
    await expect(page.getByRole('link', { name: /risks and downsides/i }).first()).toBeVisible();

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`result with details folded: ${(height / PHONE.height).toFixed(1)} phone screens`);
    expect(height).toBeLessThanOrEqual(6 * PHONE.height);
    await expectNoAxeViolations(page);
  });

  test('time pressure is not a reason, and a not-sure answer is worded as the person said it', async ({
    page,
  }) => {
    await seedGuide(page, 'self', REALISTIC);
    await page.goto('/guide/result');
    const reasons = page.getByRole('region', { name: 'The reasons that apply' });
    await expect(reasons.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(reasons.getByText(/start (very )?soon/i)).toHaveCount(0);
    await expect(reasons.getByRole('heading', { name: /^You were not sure whether/ }).first()).toBeVisible();
  });

  test('key figures come with an icon array that says the same numbers in words', async ({ page }) => {
    await seedGuide(page, 'self', REALISTIC);
    await page.goto('/guide/result');
    const figure = page.getByRole('img', { name: /out of 100/ }).first();
    await expect(figure).toBeAttached();
    expect(await figure.getAttribute('aria-label')).toMatch(/\d+ out of 100/);
  });

  test('a wizard left part-way says how many questions are unanswered, before the level', async ({
    page,
  }) => {
    await seedGuide(page, 'self', { 'emergency-symptoms': 'no', 'serious-diagnosis': 'yes' });
    await page.goto('/guide/result');
    const warning = page.getByRole('heading', { name: /questions? (is|are) not answered yet/ });
    await expect(warning).toBeVisible();
    const warned = await warning.boundingBox();
    const level = await page
      .getByRole('heading', { level: 2, name: 'How strongly the reasons apply' })
      .boundingBox();
    expect(warned!.y).toBeLessThan(level!.y);
    await page.getByRole('link', { name: 'Finish the questions' }).click();
    await expect(page).toHaveURL(/\/guide#self\/[a-z-]+$/);
    await expect(page.getByRole('group')).toBeVisible();
  });

  test('an emergency answer offers the number as a link a phone can call', async ({ page }) => {
    await seedGuide(page, 'self', { 'emergency-symptoms': 'yes' });
    await page.goto('/guide/result');
    await expect(page.getByRole('heading', { level: 1, name: 'Get emergency help now' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 911', exact: true })).toHaveAttribute(
      'href',
      'tel:911',
    );
    await expect(page.getByRole('link', { name: '988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expectNoAxeViolations(page);
  });
});
