import { expect, test } from './fixtures';

test('the site can be used with the keyboard alone', async ({ page, problems }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page.goto('/');
  const learn = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' });
  for (let i = 0; i < 10 && !(await learn.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(learn).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn about second opinions');

  const firstArticle = page.getByRole('main').getByRole('link').first();
  for (let i = 0; i < 15 && !(await firstArticle.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(firstArticle).toBeFocused();
  const title = await firstArticle.textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  expect(problems).toEqual([]);
});

test('focus is clearly visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).not.toHaveCSS('box-shadow', 'none');
});

for (const width of [320, 390, 1280]) {
  test(`no sideways scrolling at ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const route of ['/', '/learn', '/learn/what-is-a-second-opinion', '/about']) {
      await page.goto(route);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
          message: route,
        })
        .toBeLessThanOrEqual(0);
    }
  });
}

test('on paper the navigation is left out and the content and emergency line stay', async ({ page }) => {
  await page.goto('/learn/what-is-a-second-opinion');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/call 911 or your local emergency number/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
});

test('the emergency line lets a phone call 911 or call or text 988, on every kind of page', async ({
  page,
  problems,
}) => {
  for (const route of ['/', '/learn/what-is-a-second-opinion', '/about']) {
    await page.goto(route);
    const line = page.getByText(/If this is an emergency, call 911 or your local emergency number/);
    await expect(line.getByRole('link', { name: 'call 911', exact: true })).toHaveAttribute(
      'href',
      'tel:911',
    );
    const crisis = page.getByText(
      /In a mental health crisis, call 988 or text 988 \(Suicide & Crisis Lifeline\)/,
    );
    await expect(crisis.getByRole('link', { name: 'call 988', exact: true })).toHaveAttribute(
      'href',
      'tel:988',
    );
    await expect(crisis.getByRole('link', { name: 'text 988', exact: true })).toHaveAttribute(
      'href',
      'sms:988',
    );
  }
  expect(problems).toEqual([]);
});
