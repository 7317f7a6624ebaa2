import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  answer,
  answerByKeyboard,
  everyAnswer,
  seedGuide,
  skipDecisionSteps,
  storedGuide,
  tickByKeyboard,
  viewOf,
} from './guide-helpers';

/**
 * Answers every question by keyboard with `pick`, checking axe on each view; returns the questions seen.
 * Each move puts focus on the new question and names it in the title.
 */
async function walkWizard(page: import('@playwright/test').Page, pick: (question: string) => string) {
  const seen: string[] = [];
  while (/^#(self|child|other)\//.test(viewOf(page))) {
    const heading = page.getByRole('heading', { level: 1 });
    const question = (await heading.textContent()) ?? '';
    await expect(page.getByText(/^Question \d+$/)).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(`${question} – Second Opinion Guide`);
    await expectNoAxeViolations(page);
    seen.push(question);
    expect(seen.length).toBeLessThan(30);
    await answerByKeyboard(page, pick(question));
  }
  return seen;
}

test.describe('the wizard by keyboard alone', () => {
  // A whole walk with an axe check on every page takes longer than one page's test.
  test.describe.configure({ timeout: 120_000 });
  test('for myself, on desktop: every step, the check page and the result', async ({ page, problems }) => {
    // Four more views, each with an axe check, than the walk had before the optional steps.
    test.setTimeout(240_000);
    await page.goto('/guide');
    await expectNoAxeViolations(page);
    await answerByKeyboard(page, 'Me');
    await expect(page).toHaveURL(/\/guide#self\/emergency-symptoms$/);
    const seen = await walkWizard(page, (q) =>
      /emergency/.test(q)
        ? 'No'
        : /surgery/.test(q)
          ? 'Yes'
          : /How many doctors/.test(q)
            ? 'Two doctors'
            : 'No',
    );
    expect(seen[0]).toBe('Do you have signs of a medical emergency right now?');
    expect(seen.some((q) => /your child/.test(q))).toBe(false);
    // Cancer is asked only after a serious diagnosis, which was answered no.
    expect(seen.some((q) => /cancer/i.test(q))).toBe(false);

    // The optional steps follow the questions: each checked, answered by keyboard, one skipped.
    await expect(page).toHaveURL(/\/guide#matters$/);
    const optional = page.getByText(/^Question \d+ \(optional\)$/);
    await expect(optional).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'What matters most to you in this choice?' }),
    ).toBeFocused();
    await expect(page).toHaveTitle('What matters most to you in this choice? – Second Opinion Guide');
    await expectNoAxeViolations(page);
    await tickByKeyboard(page, ['Being sure of the diagnosis', 'Staying with a doctor I know']);
    await expect(page).toHaveURL(/\/guide#others$/);
    await expectNoAxeViolations(page);
    await answerByKeyboard(page, 'Yes, and they lean towards going ahead with the current plan');
    await expect(page).toHaveURL(/\/guide#pressure$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Do you feel pushed to choose one way?' }),
    ).toBeFocused();
    await expectNoAxeViolations(page);
    const skip = page.getByRole('button', { name: 'Skip this question' });
    for (let i = 0; i < 30 && !(await skip.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/guide#role$/);
    await expectNoAxeViolations(page);
    await answerByKeyboard(page, 'Together with my doctor and family');

    await expect(page).toHaveURL(/\/guide#check$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    await expect(page).toHaveTitle('Check your answers – Second Opinion Guide');
    await expectNoAxeViolations(page);
    const matters = page
      .locator('div', { has: page.getByText('What matters most to you in this choice?', { exact: true }) })
      .last();
    await expect(
      matters.getByText('Being sure of the diagnosis, Staying with a doctor I know'),
    ).toBeVisible();
    const pushed = page
      .locator('div', { has: page.getByText('Do you feel pushed to choose one way?', { exact: true }) })
      .last();
    await expect(pushed.getByText('Not answered', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Answer the question: Do you feel pushed to choose one way?' }),
    ).toHaveAttribute('href', '#pressure/change');
    expect((await storedGuide(page))?.state).toMatchObject({
      decision: { matters: ['sure-of-diagnosis', 'known-doctor'], others: 'lean-ahead', role: 'shared' },
    });
    // They never reach the engine's answers.
    expect(Object.keys((await storedGuide(page))!.state.answers)).not.toContain('matters');
    const result = page.getByRole('link', { name: 'See your result' });
    for (let i = 0; i < 80 && !(await result.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/guide\/result$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your result' })).toBeVisible();
    await expect(page.getByText('Level 2 of 3:')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Surgery or another procedure has been suggested' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'This would be a third opinion or more' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Check the cost first' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'How to get records' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('for my child, on a 390 px phone: child wording and child reasons', async ({ page, problems }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/guide');
    await answerByKeyboard(page, 'My child');
    const seen = await walkWizard(page, (q) =>
      /emergency/.test(q)
        ? 'No'
        : /waiting|serious/.test(q)
          ? 'Yes'
          : /cancer/.test(q)
            ? "I'm not sure"
            : /How many/.test(q)
              ? 'One doctor so far'
              : 'No',
    );
    expect(seen.every((q) => /your child/.test(q))).toBe(true);
    expect(seen).toContain('Is your child too young, or not able, to tell you clearly what is wrong?');
    expect(seen.some((q) => /cancer/.test(q))).toBe(true);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'What matters most to you in this choice for your child?',
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'Staying with a doctor your child knows' }),
    ).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    // Every optional step can be skipped; none blocks the result.
    await skipDecisionSteps(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    expect((await storedGuide(page))?.state).toMatchObject({ decision: {} });

    await page.getByRole('link', { name: 'See your result' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The result for your child' })).toBeVisible();
    await expect(page.getByText('Level 3 of 3:')).toBeVisible();
    // Reasons and further help are folded on the result: open them as a reader would.
    const reasons = page.getByRole('region', { name: 'The reasons that apply' });
    for (const fold of await reasons.locator('summary').all()) await fold.click();
    await expect(page.getByText(/If your child's signs still trouble you/)).toBeVisible();
    await page.getByText(/More guides and tools/).click();
    await expect(page.getByRole('link', { name: 'Second opinions for children' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
});

test('refresh, back and forward keep every answer', async ({ page, problems }) => {
  await page.goto('/guide');
  await answer(page, 'Someone I care for');
  await answer(page, 'No');
  await answer(page, 'Yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/person you care for .*serious/);
  expect(viewOf(page)).toBe('#other/serious-diagnosis');
  await page.reload();
  await expect(page.getByText('Question 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/person you care for .*serious/);
  expect(viewOf(page)).toBe('#other/serious-diagnosis');
  await page.goBack();
  expect(viewOf(page)).toBe('#other/time-sensitive');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(page.getByText('Question 3', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who are you asking for?' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Someone I care for' })).toBeChecked();
  await expect(page).toHaveTitle('Should I get a second opinion? – Second Opinion Guide');
  expect((await storedGuide(page))?.state).toMatchObject({
    perspective: 'other',
    answers: { 'emergency-symptoms': 'no', 'time-sensitive': 'yes' },
  });
  expect(problems).toEqual([]);
});

test('a Change link returns to the check page with the new answer', async ({ page, problems }) => {
  await seedGuide(page, 'self', everyAnswer('self'));
  await page.goto('/guide#check');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('Not answered yet')).toHaveCount(0);
  await page
    .getByRole('link', {
      name: 'Change your answer to: Have you been told you have a serious or life-threatening illness?',
    })
    .click();
  await expect(page).toHaveURL(/\/guide#self\/serious-diagnosis\/change$/);
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '#check');
  await answer(page, 'Yes');
  // Saying yes opens the cancer question, which is asked before returning to the check page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/cancer/);
  await answer(page, 'No');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const row = page
    .locator('div', {
      has: page.getByText('Have you been told you have a serious or life-threatening illness?', {
        exact: true,
      }),
    })
    .last();
  await expect(row.getByText('Yes', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the optional steps: Back, an error with a way on, Change links and reload keep them', async ({
  page,
  problems,
}) => {
  // Three axe checks and two reloads: more than one page's time on a busy machine.
  test.setTimeout(120_000);
  await seedGuide(page, 'other', everyAnswer('other'), {
    matters: ['cost-and-travel'],
    pressure: 'not-sure',
  });
  await page.goto('/guide#matters');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'What matters most in this choice for the person you care for?',
    }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Cost and travel' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Staying with a doctor they know' })).not.toBeChecked();
  // Back goes to the last question asked.
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', /^#other\//);

  // Nothing ticked: an error that names the way on.
  await page.getByRole('checkbox', { name: 'Cost and travel' }).uncheck();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('[role="alert"]', { hasText: 'There is a problem' })).toBeFocused();
  await expect(page.getByRole('group')).toHaveAccessibleDescription(
    /Error: Select what matters most, or skip this question/,
  );
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Cost and travel' })).toBeChecked();

  await page.goto('/guide#check');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expectNoAxeViolations(page);
  const change = page.getByRole('link', {
    name: 'Change your answer to: Do you or the person you care for feel pushed to choose one way?',
  });
  await change.click();
  await expect(page).toHaveURL(/\/guide#pressure\/change$/);
  await expect(page.getByRole('radio', { name: "I'm not sure" })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '#check');
  await expectNoAxeViolations(page);
  await answer(page, 'Yes');
  await expect(page).toHaveURL(/\/guide#check$/);
  await page
    .getByRole('link', {
      name: 'Answer the question: How does the person you care for want to make this choice?',
    })
    .click();
  await expect(page).toHaveURL(/\/guide#role\/change$/);
  await answer(page, 'They would rather someone else decides');
  await expect(page).toHaveURL(/\/guide#check$/);
  await page.reload();
  const row = page
    .locator('div', {
      has: page.getByText('How does the person you care for want to make this choice?', { exact: true }),
    })
    .last();
  await expect(row.getByText('They would rather someone else decides')).toBeVisible();
  expect((await storedGuide(page))?.state).toMatchObject({
    decision: { matters: ['cost-and-travel'], pressure: 'yes', role: 'others' },
  });
  expect(problems).toEqual([]);
});

test('continuing without an answer shows an error summary that takes focus', async ({ page, problems }) => {
  await page.goto('/guide#self/serious-diagnosis');
  await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('[role="alert"]', { hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('group', { name: /serious/ })).toHaveAccessibleDescription(
    /Error: Select an answer/,
  );
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Select an answer' }).click();
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();
  expect(problems).toEqual([]);
});

test.describe('the emergency path', () => {
  test('yes goes straight to call 911, with no score, on the result too', async ({ page, problems }) => {
    await page.goto('/guide');
    await answer(page, 'Me');
    await answer(page, 'Yes');
    await expect(page).toHaveURL(/\/guide#emergency$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Get emergency help now' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Call 911 or your local emergency number now');
    await expect(page.getByRole('link', { name: 'Carry on with the questions' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.goto('/guide/result');
    await expect(page.getByRole('heading', { level: 1, name: 'Get emergency help now' })).toBeVisible();
    await expect(page.getByText(/Level \d of 3/)).toHaveCount(0);
    await expect(page.getByText(/points|score/i)).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('not sure shows the emergency advice and lets the person carry on', async ({ page, problems }) => {
    await page.goto('/guide');
    await answer(page, 'Me');
    await answer(page, "I'm not sure");
    await expect(page.getByRole('heading', { level: 1, name: 'Get emergency help now' })).toBeVisible();
    await page.getByRole('link', { name: 'Carry on with the questions' }).click();
    await expect(page.getByText('Question 2', { exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe('views the saved answers do not allow', () => {
  test('a question that does not apply is skipped in place, so Back does not return to it', async ({
    page,
    problems,
  }) => {
    await page.goto('/guide');
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    // Cancer is asked only after a serious diagnosis; with nothing saved, the first question opens.
    await page.goto('/guide#self/cancer-diagnosis');
    await expect(page).toHaveURL(/\/guide#self\/emergency-symptoms$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/emergency/);
    await page.goBack();
    await expect(page).toHaveURL(/\/guide$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Who are you asking for?' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('Check your answers with nothing saved opens the start', async ({ page, problems }) => {
    await page.goto('/guide#check');
    await expect(page).toHaveURL(/\/guide#who$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Who are you asking for?' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a fragment that names no view opens the start and is left alone', async ({ page, problems }) => {
    await page.goto('/guide#self/no-such/thing/here');
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Who are you asking for?' })).toBeVisible();
    expect(viewOf(page)).toBe('#self/no-such/thing/here');
    expect(problems).toEqual([]);
  });
});

test.describe('old addresses of the steps still work', () => {
  for (const [old, view, heading] of [
    ['/guide/self/serious-diagnosis', '#self/serious-diagnosis', /serious or life-threatening/],
    ['/guide/child/child-hard-to-describe', '#child/child-hard-to-describe', /too young/],
    ['/guide/emergency', '#emergency', /Get emergency help now/],
    ['/guide/check', '#check', /Check your answers/],
  ] as const) {
    test(`${old} opens ${view}, with a plain link for browsers that stay`, async ({
      page,
      request,
      problems,
    }) => {
      const html = await (await request.get(old)).text();
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/guide${view}"/>`);
      expect(html).toMatch(new RegExp(`<a href="/guide${view}"[^>]*>Go to `));
      await seedGuide(page, 'self', { 'emergency-symptoms': 'no' });
      await page.goto(old);
      await expect(page).toHaveURL(new RegExp(`/guide${view}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('stored answers that cannot be read', () => {
  for (const [name, value] of [
    ['not JSON', '{not json'],
    ['the wrong shape', JSON.stringify({ state: { perspective: 'robot', answers: 5 }, version: 1 })],
  ] as const) {
    test(`${name}: a short notice and a fresh start, never a crash`, async ({ page, problems }) => {
      await page.goto('/');
      await page.evaluate((v) => localStorage.setItem('sog.guide', v), value);
      await page.goto('/guide');
      await expect(page.getByRole('status')).toContainText(/could not (be read|be used)/);
      await expect(page.getByRole('heading', { level: 1, name: 'Who are you asking for?' })).toBeVisible();
      await answer(page, 'Me');
      await expect(page.getByText('Question 1', { exact: true })).toBeVisible();
      expect((await storedGuide(page))?.state.perspective).toBe('self');
      expect(problems).toEqual([]);
    });
  }
});

test('answers from a newer version are kept untouched: a notice, and the questions still work', async ({
  page,
  problems,
}) => {
  const newer = JSON.stringify({ state: { perspective: 'self', answers: {}, sure: {} }, version: 99 });
  await page.goto('/');
  await page.evaluate((v) => localStorage.setItem('sog.guide', v), newer);
  await page.goto('/guide');
  await expect(page.getByRole('status')).toContainText('was made by a newer version of this guide');
  await answer(page, 'Me');
  await expect(page.getByText('Question 1', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('sog.guide'))).toBe(newer);
  expect(problems).toEqual([]);
});

test('start again asks before deleting anything', async ({ page, problems }) => {
  await seedGuide(page, 'self', { 'emergency-symptoms': 'no', 'peace-of-mind': 'yes' });
  await page.goto('/guide/result');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { name: 'Delete your answers and start again?' })).toBeFocused();
  await page.getByRole('button', { name: 'No, keep my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start again' })).toBeFocused();
  expect((await storedGuide(page))?.state.answers['peace-of-mind']).toBe('yes');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
  await expect(page).toHaveURL(/\/guide$/);
  expect(await storedGuide(page)).toBeNull();
  expect(problems).toEqual([]);
});

test('the lowest level still says a second opinion is your right', async ({ page, problems }) => {
  await seedGuide(page, 'self', { 'emergency-symptoms': 'no', 'serious-diagnosis': 'no' });
  await page.goto('/guide/result');
  await expect(page.getByText('Level 1 of 3:')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('It is your right');
  expect(problems).toEqual([]);
});

test('the SURE check shows what would help for each "no"', async ({ page, problems }) => {
  await seedGuide(page, 'self', { 'emergency-symptoms': 'no', 'surgery-recommended': 'yes' });
  await page.goto('/guide/result');
  const sure = page.getByRole('region', { name: 'Are you ready to decide?' });
  await sure.getByText('Answer the four questions').click();
  for (const [question, value] of [
    ['Do you feel sure about the best choice?', 'Yes'],
    ['Do you know the benefits and risks of each option?', 'No'],
    ['Are you clear about which benefits and risks matter most to you?', 'Yes'],
    ['Do you have enough support and advice to make a choice?', 'Yes'],
  ] as const) {
    await sure.getByRole('group', { name: question }).getByRole('radio', { name: value }).check();
  }
  await expect(sure).toContainText('You answered yes to 3 of 4.');
  await expect(sure).toContainText('Ask each doctor to explain the good and bad points');
  await expect(sure).not.toContainText('Rank them');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Are you ready to decide?' })).toContainText(
    'You answered yes to 3 of 4.',
  );
  expect(problems).toEqual([]);
});

test('the result prints without navigation or buttons', async ({ page }) => {
  await seedGuide(page, 'child', { 'emergency-symptoms': 'no', 'rare-condition': 'yes' });
  await page.goto('/guide/result');
  await expect(page.getByRole('heading', { level: 1, name: 'The result for your child' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'A doctor said the condition is rare or unusual' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
