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
    await expect(page.getByText('Pregunta 1', { exact: true })).toBeVisible();
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

test.describe('the tools in Spanish', () => {
  test.describe.configure({ timeout: 120_000 });

  test('Get ready: tick an item by keyboard and see the count in Spanish', async ({ page, problems }) => {
    await page.goto('/es/prepare');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Prepárese para una segunda opinión' }),
    ).toBeVisible();
    await expect(page.getByText(/^0 de \d+ hechos en total$/)).toBeVisible();
    const first = page.getByRole('main').getByRole('checkbox').first();
    for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(page.getByText(/^1 de \d+ hechos en total$/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('Questions: choose one, add your own, share the list; the link opens in Spanish', async ({
    page,
    problems,
  }) => {
    await page.goto('/es/questions');
    await expect(page.getByRole('heading', { level: 1, name: 'Preguntas para hacer' })).toBeVisible();
    await page.getByRole('main').getByRole('checkbox').first().check();
    await expect(page.getByRole('heading', { name: 'Su lista (1 pregunta elegida)' })).toBeVisible();
    await page.getByLabel('Agregar una pregunta suya').fill('¿Puedo seguir trabajando?');
    await page.getByLabel('Agregar una pregunta suya').press('Enter');
    await expect(page.getByRole('heading', { name: 'Su lista (2 preguntas elegidas)' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Compartir o guardar una copia' }).click();
    const link = await page.getByRole('textbox', { name: 'Enlace para compartir' }).inputValue();
    expect(new URL(link).pathname).toBe('/es/shared');
    await page.goto(link);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compartido con usted: preguntas para hacer' }),
    ).toBeVisible();
    await expect(page.getByText('¿Puedo seguir trabajando?')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('Compare: two opinions, side by side, in Spanish', async ({ page, problems }) => {
    await page.goto('/es/compare');
    const opinion = (n: number) => page.getByRole('region', { name: new RegExp(`^Opinión ${n}\\b`) });
    await opinion(1).getByLabel('El diagnóstico').fill('Menisco roto');
    await opinion(1).getByLabel('Cirugía', { exact: true }).check();
    await opinion(2).getByLabel('El diagnóstico').fill('Menisco roto');
    await opinion(2).getByLabel('Terapia o rehabilitación').check();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Véalas lado a lado' }).first().click();
    await expect(page).toHaveURL(/\/es\/compare\/side-by-side$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Las opiniones lado a lado' })).toBeVisible();
    const planType = page.getByRole('group', {
      name: '¿Qué tipo de plan es? ¿Están de acuerdo los médicos en esto?',
    });
    await expect(planType.getByRole('radio', { name: 'Difieren' })).toBeChecked();
    await expect(planType).toHaveAccessibleDescription(/Se sugiere porque los tipos de plan son distintos\./);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('Clinic kit: a Spanish link and handout that open the guide in Spanish with the clinic', async ({
    page,
    problems,
  }) => {
    await page.goto('/es/clinic');
    await page.getByLabel('Nombre de la clínica').fill('Clínica del Valle');
    await page.getByRole('button', { name: 'Hacer el enlace y el código QR' }).click();
    const link = await page.getByRole('textbox', { name: 'Enlace para los pacientes' }).inputValue();
    expect(new URL(link).pathname.startsWith('/es')).toBe(true);
    await expectNoAxeViolations(page);
    await page.goto(link);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
    await expect(page.getByText('Compartido por Clínica del Valle').filter({ visible: true })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
