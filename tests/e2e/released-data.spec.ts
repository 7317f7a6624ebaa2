import released from '../fixtures/v1/release-0.1.json';
import release02 from '../fixtures/v2/release-0.2.json';
import { expect, test } from './fixtures';

// What release 0.1 saved and shared must keep opening, on the pages people use, with the same content.

test('stored values from release 0.1 open with their content and no notice', async ({ page, problems }) => {
  await page.goto('/privacy');
  await page.evaluate((stored) => {
    for (const [key, raw] of Object.entries(stored)) localStorage.setItem(key, raw);
  }, released.stored);
  await page.goto('/prepare');
  const records = page.getByRole('region', { name: 'Records to gather' });
  await expect(records.getByRole('checkbox', { name: 'Results of recent tests and lab work' })).toBeChecked();
  await expect(records.getByRole('checkbox', { name: /Ask the lab for the biopsy report/ })).toBeChecked();
  await page.goto('/questions/visit');
  await expect(page.getByLabel('Name of Doctor A (optional)')).toHaveValue('Dr Ngata');
  await expect(page.getByText('About $400 after insurance.')).toBeVisible();
  await page.goto('/compare');
  await expect(page.getByRole('region', { name: /^Opinion 2\b/ }).getByLabel('The diagnosis')).toHaveValue(
    'Appendix mass, needs a scan',
  );
  // Its two agreement answers (diagnosis partly, plan no) are now the marks on those rows.
  await page.goto('/compare/side-by-side');
  const mark = (row: string) => page.getByRole('group', { name: `${row} Do the doctors agree on this?` });
  await expect(mark('What is the diagnosis?').getByRole('radio', { name: 'Partly agree' })).toBeChecked();
  await expect(mark('What do they suggest?').getByRole('radio', { name: 'Differ' })).toBeChecked();
  await expect(
    page.getByRole('region', { name: 'The doctors agree on the problem but not fully on the plan' }),
  ).toBeVisible();
  await page.goto('/guide/result');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/could not be read|newer version/)).toHaveCount(0);
  expect(problems).toEqual([]);
});

for (const [kind, heading] of [
  ['guide', 'Shared with you: a second-opinion result'],
  ['prepare', 'Shared with you: checklists to get ready'],
  ['questions', 'Shared with you: questions to ask'],
  ['compare', 'Shared with you: opinions side by side'],
] as const) {
  for (const [name, release] of [
    ['0.1', released],
    ['0.2', release02],
  ] as const) {
    test(`a ${kind} link from release ${name} opens whole`, async ({ page, problems }) => {
      await page.goto(`/shared#share=${release.links[kind]}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByText('could not be read')).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }
}

test('stored values from release 0.2 open with their content and no notice, letters and clinic kit too', async ({
  page,
  problems,
}) => {
  await page.goto('/privacy');
  await page.evaluate(
    (stored) => {
      for (const [key, raw] of Object.entries(stored)) localStorage.setItem(key, raw);
    },
    { ...release02.stored, ...release02.device.stored },
  );
  await page.goto('/prepare');
  await expect(page.getByText('Scans from St Mary’s on a USB stick')).toBeVisible();
  await page.goto('/questions/visit');
  await expect(page.getByLabel('Name of Doctor B (optional)')).toHaveValue('Dra. Ruiz');
  await expect(page.getByText('Will Dad still be able to drive?').first()).toBeVisible();
  await page.goto('/compare');
  await expect(
    page.getByRole('region', { name: /^Dra\. Ruiz\b|^Opinion 2\b/ }).getByLabel('The diagnosis'),
  ).toHaveValue('Gallstones');
  await page.goto('/letters/first-doctor');
  await expect(page.getByText(/My father would like a second opinion\./).first()).toBeVisible();
  await page.goto('/clinic');
  await expect(page.getByLabel(/clinic/i).first()).toHaveValue('Northside Family Clinic');
  await page.goto('/guide/result');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/could not be read|newer version/)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a clinic link from release 0.1 shows the clinic', async ({ page, problems }) => {
  await page.goto(`/prepare#clinic=${released.links.clinic}`);
  await expect(page.getByText('Riverside Family Clinic').filter({ visible: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a stored value with one bad part keeps the rest and says what was left out', async ({
  page,
  problems,
}) => {
  await page.goto('/privacy');
  await page.evaluate(() =>
    localStorage.setItem(
      'sog.prepare',
      JSON.stringify({ state: { ticked: ['records/test-results', 7], custom: [] }, version: 1 }),
    ),
  );
  await page.goto('/packet');
  await expect(page.getByText('Part of what was saved for your checklists could not be read')).toBeVisible();
  await expect(page.getByText(/1 tick\./)).toBeVisible();
  await page.goto('/prepare');
  await expect(
    page.getByRole('region', { name: 'Records to gather' }).getByRole('checkbox', {
      name: 'Results of recent tests and lab work',
    }),
  ).toBeChecked();
  expect(problems).toEqual([]);
});

test('data from a newer version is kept untouched and the page says so', async ({ page, problems }) => {
  const newer = JSON.stringify({ state: { ticked: ['records/test-results'], future: true }, version: 99 });
  await page.goto('/privacy');
  await page.evaluate((raw) => localStorage.setItem('sog.prepare', raw), newer);
  await page.goto('/prepare');
  await expect(page.getByText(/was made by a newer version of this guide/)).toBeVisible();
  await page
    .getByRole('region', { name: 'Records to gather' })
    .getByRole('checkbox', {
      name: 'Scan and X-ray reports, plus the images themselves on a disc or USB stick',
    })
    .check();
  expect(await page.evaluate(() => localStorage.getItem('sog.prepare'))).toBe(newer);
  expect(problems).toEqual([]);
});
