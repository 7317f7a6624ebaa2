import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareStore } from '@/components/compare/compare-store';
import { WeighView } from '@/components/compare/weigh-view';
import { guideStore } from '@/components/guide/guide-store';
import {
  type CompareState,
  EMPTY_COMPARE,
  setImportance,
  setRating,
  updateOpinion,
} from '@/lib/compare/state';
import { getContent, getRules } from '@/lib/content';
import { renderIntl } from '../setup/intl';

const EN = getContent('en').compare;

/** Two opinions, the first named; the first factor matters a lot and the second a little. */
function weighed(): CompareState {
  const [first, second] = EN.factors;
  let state = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'name', 'Dr Lee');
  state = updateOpinion(state, 'opinion-1', 'diagnosis', 'Gallstones');
  state = updateOpinion(state, 'opinion-2', 'diagnosis', 'Ulcer');
  state = setImportance(state, first!.id, 3);
  state = setImportance(state, second!.id, 1);
  return setRating(state, 'opinion-1', first!.id, 4);
}

describe('WeighView in words', () => {
  beforeEach(() => {
    localStorage.clear();
    act(() => {
      compareStore.getState().replace(weighed());
      guideStore.getState().reset();
    });
  });

  it('says in English sentences which option fits what matters most, and shows no total until asked', async () => {
    const [first, second] = EN.factors;
    act(() =>
      compareStore.getState().replace((current) => {
        let state = setRating(current, 'opinion-2', first!.id, 2);
        state = setRating(state, 'opinion-1', second!.id, 3);
        return setRating(state, 'opinion-2', second!.id, 4);
      }),
    );
    const user = userEvent.setup();
    renderIntl(<WeighView words={EN} sure={getRules('en').sure} />);
    const sum = await screen.findByRole('region', { name: 'Your own weighing' });
    expect(within(sum).getByText(`What matters most to you: “${first!.label}”.`)).toBeVisible();
    expect(
      within(sum).getByText('Opinion 1 (Dr Lee) fits best with what matters most to you.'),
    ).toBeVisible();
    expect(within(sum).getByText(`You rated it highest on “${first!.label}”.`)).toBeVisible();
    expect(
      within(sum).getByText(
        `“${first!.label}”: Opinion 1 (Dr Lee) does better. You rated Opinion 1 (Dr Lee) “4 – good” and Opinion 2 “2 – not so good”.`,
      ),
    ).toBeVisible();
    expect(
      within(sum).getByText(`You rated the options within 1 step of each other on “${second!.label}”.`),
    ).toBeVisible();
    expect(within(sum).getByText(/no total score here/)).toBeVisible();
    for (const total of within(sum).getAllByText(/Total:/)) expect(total).not.toBeVisible();
    await user.click(within(sum).getByText('Show the arithmetic'));
    expect(within(sum).getByText('Total: 15 out of 20')).toBeVisible();
    expect(within(sum).getByText('Total: 10 out of 20')).toBeVisible();
  });

  it('says a tie as a tie, and lists what is not rated yet', async () => {
    const [first] = EN.factors;
    act(() => compareStore.getState().replace((current) => setRating(current, 'opinion-2', first!.id, 4)));
    renderIntl(<WeighView words={EN} sure={getRules('en').sure} />);
    const sum = await screen.findByRole('region', { name: 'Your own weighing' });
    expect(
      within(sum).getByText('On what matters most to you, you rated the options the same.'),
    ).toBeVisible();
    expect(within(sum).getByText('None of the things you rated differ by 2 steps or more.')).toBeVisible();
    expect(
      within(sum).getByText(`“${EN.factors[1]!.label}”: not rated yet for Opinion 1 (Dr Lee) and Opinion 2.`),
    ).toBeVisible();
  });

  it('starts SURE from the result page’s answers and shows before and after', async () => {
    act(() =>
      guideStore.getState().replace((current) => ({ ...current, sure: { sure: 'yes', understand: 'no' } })),
    );
    const user = userEvent.setup();
    renderIntl(<WeighView words={EN} sure={getRules('en').sure} />);
    const check = await screen.findByRole('region', { name: 'Are you ready to decide?' });
    expect(within(check).getByText(/start from your answers on the result page/)).toBeVisible();
    const sure = within(check).getByRole('group', { name: 'Do you feel sure about the best choice?' });
    expect(within(sure).getByLabelText('Yes')).toBeChecked();
    await user.click(within(sure).getByLabelText('No'));
    expect(compareStore.getState().sure).toEqual({ sure: 'no' });
    // The result page's answers stay as they were.
    expect(guideStore.getState().sure).toEqual({ sure: 'yes', understand: 'no' });
    expect(within(check).getByText('On the result page: Yes. Now: No. This changed.')).toBeInTheDocument();
    expect(within(check).getByText('On the result page: No. Now: No.')).toBeInTheDocument();
    expect(within(check).getAllByText('On the result page: Not answered. Now: Not answered.')).toHaveLength(
      2,
    );
    expect(within(check).getByText('Yes answers: 1 of 4 on the result page, 0 of 4 now.')).toBeVisible();
  });

  it('says when SURE was not answered on the result page, with a link to it', async () => {
    renderIntl(<WeighView words={EN} sure={getRules('en').sure} />);
    const check = await screen.findByRole('region', { name: 'Are you ready to decide?' });
    expect(within(check).getByText(/did not answer these questions on the result page/)).toBeInTheDocument();
    expect(within(check).getByRole('link', { name: 'your result page' })).toHaveAttribute(
      'href',
      '/guide/result',
    );
    expect(within(check).queryByRole('heading', { name: 'Before and after comparing' })).toBeNull();
  });
});
