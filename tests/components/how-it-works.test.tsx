import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HowItWorks } from '@/components/guide/how-it-works';
import { getRules } from '@/lib/content';
import type { RuleSet } from '@/lib/engine';
import { renderIntl } from '@/tests/setup/intl';

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
    renderIntl(<HowItWorks rules={rules} html="<p>Our judgment, not a medical score.</p>" />);
    expect(screen.getByText('Our judgment, not a medical score.')).toBeVisible();
    const list = screen.getByRole('heading', { name: 'The levels' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[3]).toHaveTextContent(`${rules.levels.urgent.label}: any sign of an emergency`);
  });

  it('leaves time pressure out of the points table when it weighs nothing', () => {
    renderIntl(<HowItWorks rules={withTimeWeight(0)} html="" />);
    expect(within(pointsTable()).queryByRole('rowheader', { name: timeTitle })).toBeNull();
  });

  it('lists time pressure with its points while it still weighs something', () => {
    renderIntl(<HowItWorks rules={withTimeWeight(5)} html="" />);
    const row = within(pointsTable()).getByRole('rowheader', { name: timeTitle }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', '5']);
  });

  it('reads in Spanish with the Spanish rules', () => {
    const es = getRules('es');
    renderIntl(<HowItWorks rules={es} html="" />, { locale: 'es' });
    expect(screen.getByRole('heading', { name: 'Cómo llega la guía a su resultado' })).toBeVisible();
    const list = screen.getByRole('heading', { name: 'Los niveles' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      `${es.levels['strongly-consider'].label}: ${es.levels['strongly-consider'].minScore} puntos o más`,
    );
    expect(items[3]).toHaveTextContent(`${es.levels.urgent.label}: cualquier señal de emergencia`);
    const table = screen.getByRole('table', { name: 'Puntos por cada razón' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Razón', 'Sí', 'No lo sé']);
    expect(screen.getByText('Los puntos se suman y no pasan de 100.')).toBeVisible();
  });
});
