import { expect, expectNoAxeViolations, test } from './fixtures';
import { everyAnswer, seedGuide } from './guide-helpers';
import { pdfPages, printedHas } from './pdf';

const CHILD = everyAnswer('child', {
  'emergency-symptoms': 'no',
  'time-sensitive': 'no',
  'serious-diagnosis': 'yes',
  'surgery-recommended': 'yes',
});

test('from the result’s first steps to a records request for a child: filled in, reworded, kept, emailed, printed', async ({
  page,
  problems,
}) => {
  await seedGuide(page, 'child', CHILD);
  await page.goto('/guide/result');
  const first = page.getByRole('region', { name: 'What to do first' });
  await expect(first.getByRole('link', { name: 'Write a message to the doctor' })).toHaveAttribute(
    'href',
    '/letters/first-doctor',
  );
  await first.getByRole('link', { name: 'Write a records request' }).click();

  await expect(page).toHaveURL(/\/letters\/records-request$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Records request letter' })).toBeVisible();
  await page.getByLabel('Your child’s name').fill('Sam Ruiz');
  await page.getByLabel('Your child’s date of birth').fill('May 2, 2018');
  await page.getByLabel('Your name', { exact: true }).fill('Ana Ruiz');
  await page.getByLabel('List of medicines').check();
  await page.getByLabel('Electronic copies').check();
  await page.getByLabel('Doctor’s or office email').fill('records@clinic.example');

  const letter = page.getByRole('textbox', { name: 'The letter' });
  await expect(letter).toHaveValue(/Patient: Sam Ruiz\nDate of birth: May 2, 2018/);
  await expect(letter).toHaveValue(/my child’s medical records/);
  await expect(letter).toHaveValue(/HIPAA Privacy Rule/);
  await expect(letter).toHaveValue(/Relationship to the patient: parent or guardian/);
  // The source of the right of access is one tap away, under the letter.
  await page.getByText('Sources for this section').first().click();
  await expect(page.getByRole('link', { name: /HIPAA Privacy Rule/ }).first()).toHaveAttribute(
    'href',
    '/sources#hipaa-access',
  );

  const wording = `${await letter.inputValue()}\nP.S. Sam sees Dr. Park on Friday.`;
  await letter.fill(wording);
  await expect(page.getByText('You changed the wording')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'The letter' })).toHaveValue(wording);
  await expect(page.getByLabel('Your child’s name')).toHaveValue('Sam Ruiz');

  const href = await page.getByRole('link', { name: 'Open in my email app' }).getAttribute('href');
  expect(href).toMatch(
    /^mailto:records@clinic\.example\?subject=Request%20for%20copies%20of%20medical%20records&body=/,
  );
  expect(decodeURIComponent(href!.split('&body=')[1]!).replace(/\r\n/g, '\n')).toBe(wording);

  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('textbox', { name: 'The letter' })).toBeHidden();
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await expect(page.getByLabel('Your child’s name')).toBeHidden();
  const onPaper = page.locator('[data-letter-print]');
  await expect(onPaper).toBeVisible();
  await expect(onPaper).toContainText('P.S. Sam sees Dr. Park on Friday.');
  expect(await page.locator('textarea:visible, input:visible, button:visible').count()).toBe(0);
  // Only the letter goes on paper, on one sheet, ready to sign.
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  const printed = await pdfPages(await page.pdf({ format: 'Letter' }));
  expect(printed.count).toBe(1);
  expect(printedHas(printed.pages[0]!, 'P.S. Sam sees Dr. Park on Friday.')).toBe(true);
  // The page's title is read to screen readers but not printed above the letter.
  expect(title.length).toBeGreaterThan(5);
  expect(printedHas(printed.pages[0]!, title)).toBe(false);
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('the first doctor’s message asks before starting the wording again', async ({ page, problems }) => {
  await page.goto('/letters/first-doctor');
  const letter = page.getByRole('textbox', { name: 'The letter' });
  await expect(letter).toHaveValue(/^Dear doctor,/);
  await letter.fill('My own short message.');
  await page.getByRole('button', { name: 'Start the wording again from my details' }).click();
  await expect(page.getByRole('heading', { name: 'Start the wording again?' })).toBeFocused();
  await page.getByRole('button', { name: 'No, keep my wording' }).click();
  await expect(letter).toHaveValue('My own short message.');
  await page.getByRole('button', { name: 'Start the wording again from my details' }).click();
  await page.getByRole('button', { name: 'Yes, start again' }).click();
  await expect(letter).toHaveValue(/^Dear doctor,/);
  expect(problems).toEqual([]);
});

test('Get ready links the three letters, and Delete everything clears them', async ({ page, problems }) => {
  await page.goto('/prepare');
  const box = page.getByRole('complementary', { name: 'Letters you can send' });
  await expect(box.getByRole('link')).toHaveCount(3);
  await box.getByRole('link', { name: 'Summary for the second doctor' }).click();
  await expect(page).toHaveURL(/\/letters\/doctor-summary$/);
  await page.getByLabel('Your name', { exact: true }).fill('Ana');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sog.letters'))).not.toBeNull();

  await page.goto('/privacy');
  await expect(page.getByRole('row', { name: /sog\.letters/ })).toContainText('Yes');
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  expect(await page.evaluate(() => localStorage.getItem('sog.letters'))).toBeNull();
  expect(problems).toEqual([]);
});

test('the Spanish letters are in Spanish', async ({ page, problems }) => {
  await page.goto('/es/letters');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect(page.getByRole('heading', { level: 1, name: 'Cartas que puede enviar' })).toBeVisible();
  await page.getByRole('link', { name: 'Carta para pedir el expediente médico' }).click();
  await expect(page).toHaveURL(/\/es\/letters\/records-request$/);
  const letter = page.getByRole('textbox', { name: 'La carta' });
  await expect(letter).toHaveValue(/Pido copias de mi expediente médico\./);
  await expect(letter).toHaveValue(/Regla de Privacidad de HIPAA/);
  await expect(page.getByRole('link', { name: 'Abrir en mi programa de correo' })).toHaveAttribute(
    'href',
    /^mailto:\?subject=Solicitud%20de%20copias/,
  );
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});
