import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { expect, type Page } from '@playwright/test';

async function tabUntil(page: Page, matches: () => Promise<boolean>, limit = 30) {
  for (let i = 0; i < limit; i += 1) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with the Tab key');
}

const focusedRadioLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.type === 'radio' ? (el.labels?.[0]?.textContent ?? '') : null;
  });

/** The view the wizard is on: the URL fragment, which no server ever sees. */
export const viewOf = (page: Page) => new URL(page.url()).hash;

/** Chooses an answer and presses Continue using only the keyboard, as a keyboard user would. */
export async function answerByKeyboard(page: Page, label: string, continueName = 'Continue') {
  await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
  const url = page.url();
  await tabUntil(page, async () => (await focusedRadioLabel(page)) !== null);
  for (let i = 0; i < 6 && (await focusedRadioLabel(page)) !== label; i += 1)
    await page.keyboard.press('ArrowDown');
  expect(await focusedRadioLabel(page)).toBe(label);
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
  await tabUntil(page, () =>
    page.getByRole('button', { name: continueName }).evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.press('Enter');
  await page.waitForURL((next) => next.toString() !== url);
}

/** The optional steps on what matters and how to decide, asked after the questions. */
export const DECISION_VIEW = /^#(matters|others|pressure|role)(\/change)?$/;

/** Ticks these boxes (and only these) and presses Continue, using only the keyboard. */
export async function tickByKeyboard(page: Page, labels: string[]) {
  await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
  const url = page.url();
  const boxes = page.getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i += 1) {
    const box = boxes.nth(i);
    const label = (await box.evaluate((el: HTMLInputElement) => el.labels?.[0]?.textContent)) ?? '';
    if ((await box.isChecked()) === labels.includes(label)) continue;
    await tabUntil(page, () => box.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Space');
  }
  for (const label of labels)
    await expect(page.getByRole('checkbox', { name: label, exact: true })).toBeChecked();
  await tabUntil(page, () =>
    page.getByRole('button', { name: 'Continue' }).evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.press('Enter');
  await page.waitForURL((next) => next.toString() !== url);
}

/** Skips every optional step still ahead (with the mouse), arriving at Check your answers. */
export async function skipDecisionSteps(page: Page, skipName = 'Skip this question') {
  while (DECISION_VIEW.test(viewOf(page))) {
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    const url = page.url();
    await page.getByRole('button', { name: skipName }).click();
    await page.waitForURL((next) => next.toString() !== url);
  }
}

/** Answers with the mouse: quicker where the keyboard is not what is being tested. */
export async function answer(page: Page, label: string, continueName = 'Continue') {
  const url = page.url();
  await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: continueName }).click();
  await page.waitForURL((next) => next.toString() !== url);
}

export async function storedGuide(page: Page) {
  return page.evaluate(() => {
    const raw = localStorage.getItem('sog.guide');
    return raw
      ? (JSON.parse(raw) as { state: { perspective: string | null; answers: Record<string, string> } })
      : null;
  });
}

/**
 * Saves answers on the device from another page, so the next `page.goto('/guide#...')` loads the
 * wizard afresh (from /guide itself it would only change the fragment, with the old answers in memory).
 */
export async function seedGuide(
  page: Page,
  perspective: string,
  answers: Record<string, string>,
  /** Answers to the optional steps: saved as version 2; without them, as release 0.1 saved it. */
  decision?: Record<string, string | string[]>,
) {
  await page.goto('/about');
  await page.evaluate(
    ([p, a, d]) =>
      localStorage.setItem(
        'sog.guide',
        JSON.stringify(
          d
            ? { state: { perspective: p, answers: a, sure: {}, decision: d }, version: 2 }
            : { state: { perspective: p, answers: a, sure: {} }, version: 1 },
        ),
      ),
    [perspective, answers, decision] as const,
  );
}

/** An answer of "no" (or the first option) to every question asked of this perspective, read from content/. */
export function everyAnswer(
  perspective: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const dir = path.join(process.cwd(), 'content', 'triggers');
  const answers: Record<string, string> = {};
  for (const name of fs.readdirSync(dir)) {
    const { data } = matter(fs.readFileSync(path.join(dir, name), 'utf8'), {});
    const perspectives: string[] = data.perspectives ?? ['self', 'child', 'other'];
    if (!perspectives.includes(perspective) || data.askWhen) continue;
    const values: string[] = data.answers.map((a: { value: string }) => a.value);
    answers[data.id] = values.includes('no') ? 'no' : values[0]!;
  }
  return { ...answers, ...overrides };
}
