import { expect, expectNoAxeViolations, test } from './fixtures';
import { answer, answerByKeyboard, skipDecisionSteps, storedGuide, viewOf } from './guide-helpers';

const SEGUIR = 'Seguir';

test.describe('the guide in Spanish, as a parent on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.describe.configure({ timeout: 180_000 });

  test('the wizard for a child, by keyboard, to a Spanish result', async ({ page, problems }) => {
    await page.goto('/es/guide');
    await expect(page.getByRole('heading', { level: 1, name: '¿Para quién pregunta?' })).toBeVisible();
    await expectNoAxeViolations(page);
    await answerByKeyboard(page, 'Para mi hijo o hija', SEGUIR);
    await expect(page).toHaveURL(/\/es\/guide#child\/emergency-symptoms$/);
    await expect(page.getByText(/^Pregunta 1 de \d+$/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '¿Su hijo o hija tiene señales de una emergencia médica en este momento?',
    );
    await expectNoAxeViolations(page);
    const seen: string[] = [];
    while (/^#child\//.test(viewOf(page))) {
      const question = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      seen.push(question);
      expect(seen.length).toBeLessThan(30);
      const pick = /cirugía/.test(question)
        ? 'Sí'
        : /Cuántos médicos/i.test(question)
          ? 'Un médico hasta ahora'
          : 'No';
      // The keyboard for the first few, the mouse for the rest: the keyboard path is the same on every step.
      if (seen.length <= 3) await answerByKeyboard(page, pick, SEGUIR);
      else await answer(page, pick, SEGUIR);
    }
    expect(seen.every((q) => !/\b(the|your|you)\b/i.test(q))).toBe(true);
    expect(seen.some((q) => /su hijo o hija/.test(q))).toBe(true);
    await skipDecisionSteps(page, 'Saltar esta pregunta');
    await expect(page).toHaveURL(/\/es\/guide#check$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Revise sus respuestas' })).toBeVisible();
    await expectNoAxeViolations(page);
    // Answers are stored as ids, whatever the language.
    expect((await storedGuide(page))?.state).toMatchObject({
      perspective: 'child',
      answers: { 'surgery-recommended': 'yes' },
    });
    await page.getByRole('link', { name: 'Vea su resultado' }).click();

    await expect(page).toHaveURL(/\/es\/guide\/result$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'El resultado para su hijo o hija' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'En resumen' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Qué hacer primero' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The same answers in English: switching language keeps them.
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: /English/ })
      .click();
    await expect(page).toHaveURL(/\/guide\/result$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await expect(page.getByRole('heading', { level: 1, name: 'The result for your child' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
