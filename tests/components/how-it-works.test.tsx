import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HowItWorks } from '@/components/guide/how-it-works';
import { getRules } from '@/lib/content';
import type { RuleSet } from '@/lib/engine';

const rules = getRules();

/** The released rules with time pressure weighted as given, whatever the content says today. */
function withTimeWeight(weight: number): RuleSet {
  return {
    ...rules,
    triggers: rules.triggers.map((t) =>
      t.id === 'time-sensitive'
        ? { ...t, answers: t.answers.map((a) => ({ ...a, weight: a.value === 'no' ? 0 : weight })) }
        : t,
    ),
  };
}

const timeTitle = rules.triggers.find((t) => t.id === 'time-sensitive')!.title;
const pointsTable = () => screen.getByRole('table', { name: 'Points for each reason' });

describe('HowItWorks', () => {
  it('says the points are the writers’ judgment and names the four levels, one for an emergency', () => {
    render(<HowItWorks rules={rules} html="" />);
    expect(
      screen.getByText(/our own judgment, drawn from the sources\. They are not a clinical score\./),
    ).toBeVisible();
    expect(screen.getByText(/There are 4 levels\. One of them is for an emergency/)).toBeVisible();
    const levels = screen.getByRole('heading', { name: 'The levels' }).parentElement!;
    expect(within(levels).getByText(new RegExp(rules.levels.urgent.label))).toBeVisible();
  });

  it('when time pressure weighs nothing, leaves it out of the points and says it changes how, not whether', () => {
    render(<HowItWorks rules={withTimeWeight(0)} html="" />);
    expect(within(pointsTable()).queryByRole('rowheader', { name: timeTitle })).toBeNull();
    expect(screen.getByText(/adds no points\. When time is short, it changes how/)).toHaveTextContent(
      timeTitle,
    );
  });

  it('when time pressure still weighs something, lists its points and makes no such claim', () => {
    render(<HowItWorks rules={withTimeWeight(5)} html="" />);
    const row = within(pointsTable()).getByRole('rowheader', { name: timeTitle }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', '5']);
    expect(screen.queryByText(/adds no points/)).toBeNull();
  });
});
