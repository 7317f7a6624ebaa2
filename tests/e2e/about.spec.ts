import { expect, test } from './fixtures';

test('/about says where the guide applies, how it meets the decision aid standards, and how it was made', async ({
  page,
  problems,
}) => {
  await page.goto('/about');
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 2, name: 'Written for the United States' })).toBeVisible();
  const outside = page.getByRole('heading', { level: 2, name: 'If you live outside the US' });
  await expect(outside).toHaveAttribute('id', 'if-you-live-outside-the-us');
  await expect(main).toContainText('ask your family doctor first');
  await expect(page.getByRole('heading', { level: 2, name: /standards for decision aids/ })).toBeVisible();
  for (const standard of [
    'It describes the situation.',
    'It states the choice.',
    'It lists the options.',
    'It gives the good and bad points of each.',
    'It says what each option is like to go through.',
    'The same care for each option.',
    'Sources for the facts.',
    'Dates.',
    'A plan to keep it up to date.',
    'Who pays for it.',
    'Conflicts of interest.',
    'How sure the numbers are.',
  ])
    await expect(main.getByText(standard, { exact: true })).toBeVisible();
  await expect(main).toContainText('No doctor has reviewed the guide yet.');
  await expect(main).toContainText('We have not yet tested it with patients or with doctors and nurses.');
  // From content/rules.md, shown under How the guide reaches its result.
  await expect(main).toContainText('They are not a medical score');
  await expect(main).toContainText('There are four levels. One is for an emergency');
  await expect(main.getByRole('link', { name: 'sources page' })).toHaveAttribute('href', '/sources');
  await expect(main.getByRole('link', { name: 'Risks and downsides' })).toHaveAttribute(
    'href',
    '/learn/risks-and-downsides',
  );
  expect(problems).toEqual([]);
});

test('the home page says the guide is for the US and keeps the three ways in', async ({ page, problems }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main).toContainText('It is written for people in the United States.');
  await main.getByRole('link', { name: 'What is different outside the US' }).click();
  await expect(page).toHaveURL(/\/about#if-you-live-outside-the-us$/);
  await expect(page.getByRole('heading', { level: 2, name: 'If you live outside the US' })).toBeInViewport();
  await page.goto('/');
  const ways = page.getByRole('heading', { level: 2, name: 'Where do you want to start?' });
  await expect(ways).toBeVisible();
  for (const name of ['Should I get one?', 'Get ready', 'Compare opinions'])
    await expect(main.getByRole('heading', { level: 3, name })).toBeVisible();
  expect(problems).toEqual([]);
});
