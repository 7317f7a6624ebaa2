import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { everyAnswer, seedGuide } from './guide-helpers';

/** The same two bank questions, as each person asks them. */
const WORDING = {
  self: {
    symptoms: 'Could something else explain my symptoms?',
    options: 'What are my options?',
  },
  child: {
    symptoms: "Could something else explain my child's symptoms?",
    options: "What are my child's options?",
  },
  other: {
    symptoms: 'Could something else explain the symptoms of the person I care for?',
    options: 'What are the options for the person I care for?',
  },
} as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const listOf = (page: Page) => page.getByRole('region', { name: /Your list/ });

/** Saves whose care it is, then picks two questions on /questions as that person reads them. */
async function chooseTwo(page: Page, perspective: keyof typeof WORDING) {
  await seedGuide(page, perspective, everyAnswer(perspective, { 'emergency-symptoms': 'no' }));
  await page.goto('/questions');
  const words = WORDING[perspective];
  await page.getByRole('checkbox', { name: words.symptoms }).check();
  await page.getByRole('checkbox', { name: words.options }).check();
  await expect(listOf(page).getByRole('listitem')).toHaveCount(2);
  await expect(listOf(page).getByRole('listitem').nth(0)).toContainText(words.symptoms);
  await expect(listOf(page).getByRole('listitem').nth(1)).toContainText(words.options);
}

for (const perspective of ['child', 'other'] as const) {
  const words = WORDING[perspective];

  test(`for ${perspective}: the bank, visit mode, the packet and the letter to the second doctor use the same wording`, async ({
    page,
    problems,
  }) => {
    await chooseTwo(page, perspective);
    // The bank says who it is worded for, and no question asks about the person's own symptoms.
    await expect(page.getByText(/These questions are worded for asking about/)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: WORDING.self.symptoms })).toHaveCount(0);
    await expect(page.getByText(/I have Medicare/)).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: "At the visit: note each doctor's answers" }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Note what each doctor said' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`1. ${words.symptoms}`);
    await expect(page.getByRole('main')).toContainText(`2. ${words.options}`);

    await page.goto('/packet');
    const packetQuestions = page.getByRole('region', { name: 'Questions to ask' });
    await expect(packetQuestions).toContainText(`1. ${words.symptoms}`);
    await expect(packetQuestions).toContainText(`2. ${words.options}`);
    await expect(packetQuestions).not.toContainText(WORDING.self.symptoms);

    await page.goto('/letters/doctor-summary');
    await expect(page.getByLabel('What you want to know')).toHaveValue(`${words.symptoms}\n${words.options}`);
    await expect(page.getByRole('textbox', { name: 'The letter' })).toHaveValue(
      new RegExp(`What we want to know:\\n1\\. ${escape(words.symptoms)}\\n2\\. ${escape(words.options)}`),
    );
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}

test('for oneself: the questions read as before, with no note on whose care it is', async ({
  page,
  problems,
}) => {
  await chooseTwo(page, 'self');
  await expect(page.getByText(/These questions are worded for asking about/)).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: WORDING.child.symptoms })).toHaveCount(0);

  await page.goto('/packet');
  await expect(page.getByRole('region', { name: 'Questions to ask' })).toContainText(
    `1. ${WORDING.self.symptoms}`,
  );
  await page.goto('/letters/doctor-summary');
  await expect(page.getByRole('textbox', { name: 'The letter' })).toHaveValue(
    /What I want to know:\n1\. Could something else explain my symptoms\?\n2\. What are my options\?/,
  );
  expect(problems).toEqual([]);
});

test('in Spanish, for a child: /es/questions asks about "mi hijo o hija"', async ({ page, problems }) => {
  await seedGuide(page, 'child', everyAnswer('child', { 'emergency-symptoms': 'no' }));
  await page.goto('/es/questions');
  const question = page.getByRole('checkbox', {
    name: '¿Podría otra cosa explicar los síntomas de mi hijo o hija?',
  });
  await expect(question).toBeEnabled();
  await question.check();
  await expect(page.getByRole('region', { name: /Su lista/ })).toContainText(
    '¿Podría otra cosa explicar los síntomas de mi hijo o hija?',
  );
  await expect(page.getByRole('checkbox', { name: '¿Podría otra cosa explicar mis síntomas?' })).toHaveCount(
    0,
  );
  await expect(page.getByText(/escritas para preguntar por su hijo o hija/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});
