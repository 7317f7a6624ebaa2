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
  it('shows the words from rules.md and the four levels, one of them the emergency', () => {
    render(<HowItWorks rules={rules} html="<p>Our judgment, not a medical score.</p>" />);
    expect(screen.getByText('Our judgment, not a medical score.')).toBeVisible();
    const list = screen.getByRole('heading', { name: 'The levels' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[3]).toHaveTextContent(`${rules.levels.urgent.label}: any sign of an emergency`);
  });

  it('leaves time pressure out of the points table when it weighs nothing', () => {
    render(<HowItWorks rules={withTimeWeight(0)} html="" />);
    expect(within(pointsTable()).queryByRole('rowheader', { name: timeTitle })).toBeNull();
  });

  it('lists time pressure with its points while it still weighs something', () => {
    render(<HowItWorks rules={withTimeWeight(5)} html="" />);
    const row = within(pointsTable()).getByRole('rowheader', { name: timeTitle }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', '5']);
  });
});
