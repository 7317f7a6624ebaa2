import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedGuide } from './guide-helpers';

const callButton = (page: import('@playwright/test').Page) =>
  page.getByRole('main').getByRole('link', { name: 'Call 911', exact: true });

test.describe('the emergency view', () => {
  test('offers 911 as a large link a phone can call, and 988 for a mental health crisis', async ({
    page,
    problems,
  }) => {
    await seedGuide(page, 'self', { 'emergency-symptoms': 'yes' });
    await page.goto('/guide#emergency');
    await expect(page.getByRole('heading', { level: 1, name: 'Get emergency help now' })).toBeVisible();
    await expect(callButton(page)).toHaveAttribute('href', 'tel:911');
    const box = await callButton(page).boundingBox();
    // Large enough to hit with a thumb while upset.
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await expect(
      page.getByRole('main').getByText('Outside the US, call your local emergency number.'),
    ).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'call 988', exact: true })).toHaveAttribute(
      'href',
      'tel:988',
    );
    await expect(main.getByRole('link', { name: 'text 988', exact: true })).toHaveAttribute(
      'href',
      'sms:988',
    );
    // The signs for a child are for parents only.
    await expect(page.getByRole('heading', { name: 'If you are worried about your child' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('for a child, gives warning signs worded as a parent’s worry', async ({ page, problems }) => {
    await seedGuide(page, 'child', { 'emergency-symptoms': 'yes' });
    await page.goto('/guide#emergency');
    const signs = page.getByRole('region', { name: 'If you are worried about your child' });
    await expect(signs).toBeVisible();
    await expect(signs).toContainText(
      'You do not need to be sure. Call 911 now if you are worried that your child',
    );
    await expect(signs.getByRole('listitem')).toHaveCount(4);
    await expect(callButton(page)).toHaveAttribute('href', 'tel:911');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('does not scroll sideways on a 320 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await seedGuide(page, 'child', { 'emergency-symptoms': 'not-sure' });
    await page.goto('/guide#emergency');
    await expect(page.getByRole('region', { name: 'If you are worried about your child' })).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
  });
});
