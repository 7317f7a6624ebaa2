import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { everyAnswer, seedGuide } from './guide-helpers';
import { pdfPages, printedHas } from './pdf';
import { fillOpinions, rateOpinion, setImportance, TWO_SURGEONS } from './compare-helpers';

// What Chromium puts on paper, counted sheet by sheet (`page.pdf` prints with print styles).

const FORMATS = ['Letter', 'A4'] as const;
const DISCLAIMER = 'This guide gives information, not medical advice.';
const EMERGENCY = 'If this is an emergency, call 911';

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

const printed = async (page: Page, format: (typeof FORMATS)[number]) =>
  pdfPages(await page.pdf({ format, printBackground: true }));

test.describe('the clinic handout', () => {
  const clinic = {
    name: 'Riverside Family Clinic',
    contact: 'Records office: 555-0100',
    note: 'Ask at the front desk if you would like help with this guide.',
  };

  for (const format of FORMATS) {
    test(`is one ${format} page with the QR code, a typeable address, the clinic's details and the disclaimer`, async ({
      page,
      problems,
    }) => {
      await page.goto('/clinic');
      await page.getByLabel('Clinic name').fill(clinic.name);
      await page.getByLabel('Contact line for records requests (optional)').fill(clinic.contact);
      await page.getByLabel('A short note for patients (optional)').fill(clinic.note);
      await page.getByRole('button', { name: 'Make the link and QR code' }).click();
      await expect(page.getByTestId('qr').locator('svg')).toBeVisible();

      // The host and page only: no scheme, and no fragment, so nothing about the clinic rides along.
      const address = `${new URL(page.url()).host}/guide`;
      await expect(page.getByTestId('short-address')).toHaveText(address);

      const { count, pages } = await printed(page, format);
      expect(count).toBe(1);
      const text = pages[0]!;
      for (const phrase of [clinic.name, clinic.contact, clinic.note, address, DISCLAIMER, EMERGENCY])
        expect(printedHas(text, phrase), `the handout prints “${phrase}”`).toBe(true);
      // Only the handout goes on paper: not the form that made it.
      expect(printedHas(text, 'Make the link and QR code')).toBe(false);
      expect(printedHas(text, 'Clinic name')).toBe(false);
      // The QR code has no text to find in the PDF: check it shows in print media instead.
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('qr')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Make the link and QR code' })).toBeHidden();
      expect(problems).toEqual([]);
    });
  }

  test('stays on one page in Spanish with every field as long as allowed', async ({ page, problems }) => {
    await page.goto('/es/clinic');
    const name =
      'Centro de Salud Comunitario y Clínica de Medicina Familiar del Valle Norte de la Sierra'.slice(0, 80);
    const contact =
      'Oficina de expedientes: 555-0100, extensión 4411, de lunes a viernes de 8 a 17 horas, o escriba a expedientes-medicos@centro-de-salud-valle-norte.example.org'.slice(
        0,
        160,
      );
    const note = 'Pregunte en la recepción si quiere ayuda con esta guía. '.repeat(6).slice(0, 280);
    await page.locator('#clinic-name').fill(name);
    await page.locator('#clinic-contact').fill(contact);
    await page.locator('#clinic-note').fill(note);
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByTestId('qr').locator('svg')).toBeVisible();
    await expect(page.getByTestId('short-address')).toHaveText(`${new URL(page.url()).host}/es/guide`);
    for (const format of FORMATS) {
      const { count, pages } = await printed(page, format);
      expect(count, `${format} sheets`).toBe(1);
      expect(printedHas(pages[0]!, note.trim())).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});

test('the packet starts with content and ends without a sheet holding only the footer', async ({
  page,
  problems,
}) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.evaluate(() => {
    const chosen = ['what-are-my-options', 'pros-and-cons-for-me', 'how-much-does-it-cost'].map((id) => ({
      id,
    }));
    localStorage.setItem(
      'sog.questions',
      JSON.stringify({ state: { chosen, doctors: [{ id: 'a', name: '' }], notes: {} }, version: 1 }),
    );
  });
  await seedGuide(page, 'self', REALISTIC);
  await page.goto('/packet');
  await expect(page.getByRole('heading', { name: 'Comparing the opinions' })).toBeVisible();
  for (const format of FORMATS) {
    const { count, pages } = await printed(page, format);
    expect(count, `${format} sheets`).toBeLessThanOrEqual(3);
    expect(printedHas(pages[0]!, 'Should I get a second opinion?')).toBe(true);
    expect(printedHas(pages[0]!, 'Told of a serious or life-threatening illness')).toBe(true);
    const squash = (text: string) => text.replace(/\s+/g, '');
    const footers = [
      'Made with Second Opinion Guide. This is information, not medical advice.',
      DISCLAIMER,
      'It cannot diagnose you or tell you what treatment to have. Talk with your doctors about your own care.',
    ];
    const rest = footers
      .reduce((text, line) => text.replace(squash(line), ''), squash(pages.at(-1)!))
      .replace(/Contentlastreviewed:.*$/, '');
    expect(rest.length, `${format}: the last sheet holds more than the footer`).toBeGreaterThan(80);
  }
  expect(problems).toEqual([]);
});

test('the result prints on at most four pages, with the SURE answers as words', async ({
  page,
  problems,
}) => {
  await seedGuide(page, 'self', REALISTIC);
  await page.goto('/guide/result');
  const sure = page.getByRole('region', { name: 'Are you ready to decide?' });
  await sure.getByText('Answer the four questions').click();
  await sure.getByRole('group', { name: 'Do you feel sure about the best choice?' }).getByLabel('No').check();
  await sure
    .getByRole('group', { name: 'Do you know the benefits and risks of each option?' })
    .getByLabel('Yes')
    .check();
  for (const format of FORMATS) {
    const { count, pages } = await printed(page, format);
    expect(count, `${format} sheets`).toBeLessThanOrEqual(4);
    const text = pages.join(' ');
    expect(printedHas(text, 'Do you feel sure about the best choice? No')).toBe(true);
    expect(printedHas(text, 'Do you know the benefits and risks of each option? Yes')).toBe(true);
    expect(printedHas(text, 'Do you have enough support and advice to make a choice? Not answered')).toBe(
      true,
    );
    // The radio buttons' own labels do not print beside the answer.
    expect(printedHas(text, 'best choice? Yes No')).toBe(false);
  }
  expect(problems).toEqual([]);
});

test('/prepare prints on at most six pages, ticks as marks beside the words', async ({ page, problems }) => {
  await page.goto('/prepare');
  const box = page.getByRole('checkbox').first();
  const label = (await box.evaluate((el: HTMLInputElement) => el.labels?.[0]?.textContent ?? '')).trim();
  // The printed mark sits beside the label, not in it, so the label is still just the words.
  expect(label).not.toMatch(/[☐☑]/);
  await box.check();
  for (const format of FORMATS) {
    const { count, pages } = await printed(page, format);
    expect(count, `${format} sheets`).toBeLessThanOrEqual(6);
    const text = pages.join(' ');
    expect(printedHas(text, `☑ ${label}`)).toBe(true);
    expect(text).toContain('☐');
  }
  expect(problems).toEqual([]);
});

test('side by side prints on at most three pages, with the marks as words', async ({ page, problems }) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.goto('/compare/side-by-side');
  const mark = (row: string) => page.getByRole('group', { name: `${row} Do the doctors agree on this?` });
  await mark('What is the diagnosis?').getByLabel('Agree', { exact: true }).check();
  await mark('What do they suggest?').getByLabel('Partly agree', { exact: true }).check();
  for (const format of FORMATS) {
    const { count, pages } = await printed(page, format);
    expect(count, `${format} sheets`).toBeLessThanOrEqual(3);
    const text = pages.join(' ');
    // Each row's mark prints in the last column, after the doctors' answers; a reason may follow.
    expect(text.replace(/\s+/g, '')).toMatch(/Whatisthediagnosis\?.{0,100}?Tornmeniscus.{0,100}?Agree/);
    expect(text.replace(/\s+/g, '')).toMatch(
      /Whatdotheysuggest\?.{0,200}?Sixweeksofphysiofirst.{0,100}?Partlyagree/,
    );
    expect(text.replace(/\s+/g, '')).toMatch(
      /Whatkindofplanisit\?.{0,100}?Therapyorrehabilitation.{0,100}?Differ/,
    );
    expect(printedHas(text, 'Keyhole surgery next month')).toBe(true);
  }
  expect(problems).toEqual([]);
});

test('the weighing prints on at most three pages, with importance and ratings as words', async ({
  page,
  problems,
}) => {
  await fillOpinions(page, ...TWO_SURGEONS);
  await page.goto('/compare/weigh');
  await setImportance(page, { 'Best chance of success': 'A lot', 'Faster recovery': 'Quite a lot' });
  await rateOpinion(page, 1, { 'Best chance of success': '4' });
  for (const format of FORMATS) {
    const { count, pages } = await printed(page, format);
    expect(count, `${format} sheets`).toBeLessThanOrEqual(3);
    const text = pages.join(' ');
    expect(printedHas(text, 'Best chance of success A lot')).toBe(true);
    expect(printedHas(text, 'Faster recovery Quite a lot')).toBe(true);
    expect(printedHas(text, 'Best chance of success 4 – good')).toBe(true);
    // A rating not chosen yet prints as words, not as an empty drop-down.
    expect(printedHas(text, 'Faster recovery Not answered')).toBe(true);
    expect(printedHas(text, 'Choose a rating')).toBe(false);
  }
  expect(problems).toEqual([]);
});
