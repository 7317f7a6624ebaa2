import type { BrowserContext, Page } from '@playwright/test';
import released from '../fixtures/v1/release-0.1.json';
import { expect, test } from './fixtures';

// Two tabs of one browser share localStorage: what one saves, the other shows at once, and neither
// writes over the other.

async function twoTabs(context: BrowserContext, path: string, ready: (page: Page) => Promise<void>) {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto(path);
    await ready(page);
  }
  return [a, b] as const;
}

const prepareReady = (page: Page) =>
  expect(page.getByText(/Showing every item|These lists fit/)).toBeVisible();
const records = (page: Page) => page.getByRole('region', { name: 'Records to gather' });
const tick = (page: Page, name: string) => records(page).getByRole('checkbox', { name });

test('checklists: a tick in one tab shows in the other, and both tabs’ ticks are kept', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, '/prepare', prepareReady);
  await tick(a, 'Results of recent tests and lab work').check();
  await expect(tick(b, 'Results of recent tests and lab work')).toBeChecked();
  await tick(b, 'Scan and X-ray reports, plus the images themselves on a disc or USB stick').check();
  await expect(
    tick(a, 'Scan and X-ray reports, plus the images themselves on a disc or USB stick'),
  ).toBeChecked();
  for (const page of [a, b]) {
    await page.reload();
    await prepareReady(page);
    await expect(tick(page, 'Results of recent tests and lab work')).toBeChecked();
    await expect(
      tick(page, 'Scan and X-ray reports, plus the images themselves on a disc or USB stick'),
    ).toBeChecked();
  }
});

test('questions: a question chosen in each tab stays in the list of both', async ({ context }) => {
  const ready = (page: Page) =>
    expect(page.getByRole('checkbox', { name: 'What are my options?' })).toBeEnabled();
  const [a, b] = await twoTabs(context, '/questions', ready);
  await a.getByRole('checkbox', { name: 'What are my options?' }).check();
  await expect(b.getByRole('checkbox', { name: 'What are my options?' })).toBeChecked();
  await b.getByRole('checkbox', { name: 'What are the risks?' }).check();
  await a.reload();
  await ready(a);
  const list = a.getByRole('region', { name: /Your list/ }).getByRole('listitem');
  await expect(list).toHaveCount(2);
  await expect(list.first()).toContainText('What are my options?');
  await expect(list.nth(1)).toContainText('What are the risks?');
});

test('compare: what is typed in one tab reaches the other, and the other’s typing keeps it', async ({
  context,
}) => {
  const opinion = (page: Page, n: number) =>
    page.getByRole('region', { name: new RegExp(`^Opinion ${n}\\b`) });
  const ready = (page: Page) => expect(opinion(page, 1).getByLabel('The diagnosis')).toBeEditable();
  const [a, b] = await twoTabs(context, '/compare', ready);
  await opinion(a, 1).getByLabel('The diagnosis').fill('Torn meniscus');
  await expect(opinion(b, 1).getByLabel('The diagnosis')).toHaveValue('Torn meniscus');
  await opinion(b, 2).getByLabel('The diagnosis').fill('Worn cartilage');
  await expect(opinion(a, 2).getByLabel('The diagnosis')).toHaveValue('Worn cartilage');
  await a.reload();
  await ready(a);
  await expect(opinion(a, 1).getByLabel('The diagnosis')).toHaveValue('Torn meniscus');
  await expect(opinion(a, 2).getByLabel('The diagnosis')).toHaveValue('Worn cartilage');
});

test('guide: a SURE answer in one tab shows in the other, and both answers are kept', async ({ context }) => {
  const seed = await context.newPage();
  await seed.goto('/privacy');
  await seed.evaluate((raw) => localStorage.setItem('sog.guide', raw), released.stored['sog.guide']);
  await seed.close();
  const sure = (page: Page, question: string) =>
    page.getByRole('region', { name: 'Are you ready to decide?' }).getByRole('group', { name: question });
  const ready = (page: Page) =>
    expect(page.getByRole('region', { name: 'Are you ready to decide?' })).toBeVisible();
  const [a, b] = await twoTabs(context, '/guide/result', ready);
  // Folded until a first answer; afterwards it opens by itself, in this tab and the other.
  if (!(await sure(a, 'Do you feel sure about the best choice?').isVisible()))
    await a.getByText('Answer the four questions').click();
  await sure(a, 'Do you feel sure about the best choice?').getByRole('radio', { name: 'Yes' }).check();
  await expect(
    sure(b, 'Do you feel sure about the best choice?').getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  await sure(b, 'Do you have enough support and advice to make a choice?')
    .getByRole('radio', { name: 'No' })
    .check();
  await a.reload();
  await ready(a);
  await expect(
    sure(a, 'Do you feel sure about the best choice?').getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  await expect(
    sure(a, 'Do you have enough support and advice to make a choice?').getByRole('radio', { name: 'No' }),
  ).toBeChecked();
});

test('delete everything stays deleted in every open tab, even after the other tab makes an edit', async ({
  context,
}) => {
  const [other, privacy] = await twoTabs(context, '/prepare', prepareReady);
  await tick(other, 'Results of recent tests and lab work').check();
  await privacy.goto('/privacy');
  await privacy.getByRole('button', { name: 'Delete everything on this device' }).click();
  await privacy.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(privacy.getByRole('heading', { name: 'Everything is deleted' })).toBeVisible();
  // The other tab empties itself without a reload, so its next edit cannot bring the old data back.
  await expect(tick(other, 'Results of recent tests and lab work')).not.toBeChecked();
  await tick(other, 'Scan and X-ray reports, plus the images themselves on a disc or USB stick').check();
  const stored = await privacy.evaluate(() => JSON.parse(localStorage.getItem('sog.prepare') ?? 'null'));
  expect(stored?.state.ticked).toEqual(['records/imaging']);
});

test('a shared copy opened earlier asks before saving over what another tab saved since', async ({
  context,
}) => {
  const shared = await context.newPage();
  await shared.goto(`/shared#share=${released.links.prepare}`);
  await expect(
    shared.getByRole('heading', { level: 1, name: 'Shared with you: checklists to get ready' }),
  ).toBeVisible();
  const [other] = await twoTabs(context, '/prepare', prepareReady);
  await tick(other, 'Results of recent tests and lab work').check();
  await shared.getByRole('button', { name: 'Save to this device' }).click();
  await expect(shared.getByRole('heading', { name: 'This device already has checklists' })).toBeVisible();
  await shared.getByRole('button', { name: 'Keep both' }).click();
  await expect(shared.getByRole('heading', { name: 'Saved to this device' })).toBeVisible();
  await expect(tick(other, 'Results of recent tests and lab work')).toBeChecked();
  await expect(
    tick(other, 'Scan and X-ray reports, plus the images themselves on a disc or USB stick'),
  ).toBeChecked();
  await expect(
    records(other).getByRole('checkbox', { name: /Ask the lab for the biopsy report/ }),
  ).toBeChecked();
});
