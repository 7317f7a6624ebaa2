import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareStore } from '@/components/compare/compare-store';
import { OpinionsEditor } from '@/components/compare/opinions-editor';
import { SideBySide } from '@/components/compare/side-by-side';
import { EMPTY_COMPARE, updateOpinion } from '@/lib/compare/state';
import { getContent } from '@/lib/content';
import { renderIntl } from '../setup/intl';

const ES = getContent('es');
const EN = getContent('en');

beforeEach(() => {
  localStorage.clear();
  act(() => compareStore.getState().replace(EMPTY_COMPARE));
});

describe('OpinionsEditor', () => {
  it('in Spanish numbers the opinions and adds a third one, saying so', async () => {
    renderIntl(<OpinionsEditor words={ES.compare} topics={ES.questionTopics} />, { locale: 'es' });
    expect(await screen.findByRole('region', { name: 'Opinión 1' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Opinión 2' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Véalas lado a lado' })).toHaveAttribute(
      'href',
      '/es/compare/side-by-side',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Agregar una tercera opinión' }));
    expect(screen.getByRole('region', { name: 'Opinión 3' })).toBeInTheDocument();
    expect(screen.getByText('Se agregó la Opinión 3.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Quitar Opinión 3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Agregar una tercera opinión' })).not.toBeInTheDocument();
  });

  it('keeps the English words', async () => {
    renderIntl(<OpinionsEditor words={EN.compare} topics={EN.questionTopics} />);
    expect(await screen.findByRole('region', { name: 'Opinion 1' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a third opinion' }));
    expect(screen.getByText('Added Opinion 3.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeInTheDocument();
    // Timing is a fixed choice beside the typed "how soon", so two opinions compare exactly.
    const [timing] = screen.getAllByRole('group', { name: 'When they would start' });
    expect(
      within(timing!)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Within days', 'Within a few weeks', 'Within a few months', 'No set time', "Didn't say"]);
    expect(screen.getAllByLabelText('How soon it should start').length).toBeGreaterThan(0);
  });
});

describe('SideBySide', () => {
  it('asks for a mark on each row in Spanish, with headings in order, and names the outcome', async () => {
    act(() =>
      compareStore.getState().replace(updateOpinion(EMPTY_COMPARE, 'opinion-1', 'diagnosis', 'Cálculos')),
    );
    renderIntl(<SideBySide words={ES.compare} />, { locale: 'es' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Lo que dijo cada médico' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Lo que muestran sus marcas' })).toBeInTheDocument();
    // Below the h2, the rows are h3s: no level is skipped.
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1));
    const diagnosis = screen.getByRole('group', {
      name: '¿Cuál es el diagnóstico? ¿Están de acuerdo los médicos en esto?',
    });
    // Only one doctor's diagnosis is noted: "differ" is suggested, but one answer alone is no
    // disagreement, so the outcome waits and says what it needs.
    expect(within(diagnosis).getByRole('radio', { name: 'Difieren' })).toBeChecked();
    expect(
      screen.queryByRole('heading', { name: ES.compare.outcomes.disagreement.title }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/necesitan las respuestas de dos médicos\. Anote lo que dijo el segundo médico/),
    ).toBeInTheDocument();
    await userEvent.click(within(diagnosis).getByRole('radio', { name: 'De acuerdo' }));
    expect(compareStore.getState().marks).toEqual({ diagnosis: 'yes' });
    // The person's own "differ" counts: they may know what the second doctor said.
    await userEvent.click(within(diagnosis).getByRole('radio', { name: 'Difieren' }));
    expect(screen.getByRole('heading', { name: ES.compare.outcomes.disagreement.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Lo que puede hacer después' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cambiar las opiniones' })).toHaveAttribute(
      'href',
      '/es/compare',
    );
  });

  it('says nothing is entered yet, in English', async () => {
    renderIntl(<SideBySide words={EN.compare} />);
    expect(await screen.findByText('Nothing has been entered yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter the opinions' })).toHaveAttribute('href', '/compare');
  });
});
