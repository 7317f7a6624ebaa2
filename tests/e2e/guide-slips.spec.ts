import released from '../fixtures/v1/release-0.1.json';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DECISION_VIEW, everyAnswer, seedGuide, viewOf } from './guide-helpers';

/** The progress line above a question: its position, and the most questions it says can follow. */
async function readProgress(page: import('@playwright/test').Page, previous?: string) {
  const line = page.locator('p[aria-live="polite"]');
  await expect(line).toHaveText(/^Question \d+/);
  // The view has moved on (the URL changes a moment before the page shows the new view).
  if (previous !== undefined) await expect(line).not.toHaveText(previous);
  const text = await line.innerText();
  const position = Number(/^Question (\d+)/.exec(text)?.[1]);
  const left = /This is the last question\./.test(text)
    ? 0
    : Number(/(\d+) more questions? after this one/.exec(text)?.[1]);
  expect(Number.isInteger(position), text).toBe(true);
  expect(Number.isInteger(left), text).toBe(true);
  return { text, position, left };
}

test('progress never goes backwards when an answer opens a follow-up question', async ({
  page,
  problems,
}) => {
  await page.goto('/guide');
  await page.getByRole('radio', { name: 'Me', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const seen: { view: string; text: string; position: number; left: number }[] = [];
  while (/^#self\//.test(viewOf(page)) || DECISION_VIEW.test(viewOf(page))) {
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    const view = viewOf(page);
    seen.push({ view, ...(await readProgress(page, seen.at(-1)?.text)) });
    const url = page.url();
    if (DECISION_VIEW.test(view)) {
      await page.getByRole('button', { name: 'Skip this question' }).click();
    } else {
      // Yes to a serious diagnosis opens the cancer question; no to everything else.
      const opens = /serious-diagnosis|cancer-diagnosis/.test(view);
      const no = page.getByRole('radio', { name: 'No', exact: true });
      if (opens) await page.getByRole('radio', { name: 'Yes', exact: true }).check();
      else if ((await no.count()) > 0) await no.check();
      else await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.waitForURL((next) => next.toString() !== url);
  }
  expect(viewOf(page)).toBe('#check');
  expect(seen.map((s) => s.view)).toContain('#self/cancer-diagnosis');
  const opened = seen.findIndex((s) => s.view === '#self/cancer-diagnosis');
  for (let i = 1; i < seen.length; i += 1) {
    const [before, after] = [seen[i - 1]!, seen[i]!];
    const where = `${before.view} "${before.text}" -> ${after.view} "${after.text}"`;
    expect(after.position, where).toBe(before.position + 1);
    expect(after.left, where).toBeLessThan(before.left);
    // The furthest end shown never moves away: "3 of 18" then "4 of 19" fails here.
    expect(after.position + after.left, where).toBeLessThanOrEqual(before.position + before.left);
  }
  // The follow-up was counted before it opened, so opening it did not add to the count.
  expect(seen[opened]!.left).toBe(seen[opened - 1]!.left - 1);
  expect(seen.at(-1)!.text).toMatch(/\(optional\)\s*This is the last question\.$/);
  expect(problems).toEqual([]);
});

test('Going back moves the count back one, and forward again moves it on', async ({ page }) => {
  await seedGuide(page, 'self', { 'emergency-symptoms': 'no', 'time-sensitive': 'no' }, {});
  await page.goto('/guide#self/serious-diagnosis');
  const here = await readProgress(page);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/#self\/time-sensitive$/);
  expect((await readProgress(page, here.text)).position).toBe(here.position - 1);
});

test('Check your answers: the links read "Change your answer to …", and Back goes to the last question', async ({
  page,
  problems,
}) => {
  await seedGuide(page, 'self', everyAnswer('self'), {});
  await page.goto('/guide#check');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Change your answer to: Who you are asking for', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: 'Change your answer to: Have you been told you have a serious or life-threatening illness?',
      exact: true,
    }),
  ).toHaveAttribute('href', '#self/serious-diagnosis/change');
  await expect(
    page.getByRole('link', {
      name: 'Answer the question: Do you feel pushed to choose one way?',
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Answer your answer|^Change$|^Answer$/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The Back link comes first, before the heading, and works from the keyboard.
  const back = page.getByRole('link', { name: 'Back', exact: true });
  await expect(back).toHaveAttribute('href', '#role');
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guide#role$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(problems).toEqual([]);
});

test.describe('carry on where you left off', () => {
  test('absent on the home page and /guide when nothing is saved', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('region', { name: 'Your saved answers' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Carry on where you left off' })).toHaveCount(0);
    await page.goto('/guide');
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Carry on where you left off' })).toHaveCount(0);
  });

  test('from the home page, to the first question still open', async ({ page, problems }) => {
    await seedGuide(page, 'child', { 'emergency-symptoms': 'no' }, {});
    await page.goto('/');
    const saved = page.getByRole('region', { name: 'Your saved answers' });
    await expect(saved).toContainText('You have answers saved on this device.');
    await expectNoAxeViolations(page);
    await saved.getByRole('link', { name: 'Carry on where you left off' }).click();
    await expect(page).toHaveURL(/\/guide#child\/time-sensitive$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/your child/i);
    expect(problems).toEqual([]);
  });

  test('from /guide, to Check your answers when every question is answered', async ({ page, problems }) => {
    await seedGuide(page, 'self', everyAnswer('self'), {});
    await page.goto('/guide');
    await page.getByRole('link', { name: 'Carry on where you left off' }).click();
    await expect(page).toHaveURL(/\/guide#check$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    expect(problems).toEqual([]);
  });

  test('Start again on the home page deletes the answers after asking, and the entry goes', async ({
    page,
  }) => {
    await seedGuide(page, 'self', { 'emergency-symptoms': 'no' }, {});
    await page.goto('/');
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect(page.getByRole('status')).toContainText('Your answers are deleted.');
    expect(await page.evaluate(() => localStorage.getItem('sog.guide'))).toBeNull();
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('link', { name: 'Carry on where you left off' })).toHaveCount(0);
  });

  test('Start again on /guide empties the first question and keeps focus on it', async ({ page }) => {
    await seedGuide(page, 'other', { 'emergency-symptoms': 'no' }, {});
    await page.goto('/guide');
    await expect(page.getByRole('radio', { name: 'Someone I care for' })).toBeChecked();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who are you asking for?' })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Someone I care for' })).not.toBeChecked();
    await expect(page.getByRole('link', { name: 'Carry on where you left off' })).toHaveCount(0);
  });
});

test('the clinic banner takes a line or two on a phone, with its details behind a disclosure', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/prepare#clinic=${released.links.clinic}`);
  const banner = page.getByRole('region', { name: /^Shared by / });
  await expect(banner).toBeVisible();
  await expect(banner).toHaveCount(1);
  const box = await banner.boundingBox();
  expect(box!.height).toBeLessThanOrEqual(120);
  await expect(banner.getByText('The clinic does not see your answers.', { exact: false })).toBeHidden();
  await banner.getByText('Details').click();
  await expect(banner.getByText('The clinic does not see your answers.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  // On a wide screen the whole box shows, as before.
  await page.setViewportSize({ width: 1024, height: 800 });
  const wide = page.getByRole('region', { name: /^Shared by / });
  await expect(wide).toHaveCount(1);
  await expect(wide.getByText('The clinic does not see your answers.', { exact: false })).toBeVisible();
  await expect(wide.getByText('Details', { exact: true })).toHaveCount(0);
  expect(problems).toEqual([]);
});
