import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AgreementQuestion } from '@/components/compare/agreement-question';
import { compareStore } from '@/components/compare/compare-store';
import { CompareSteps } from '@/components/compare/compare-steps';
import { ComparisonGrid } from '@/components/compare/comparison-grid';
import { NoComparisonYet } from '@/components/compare/no-comparison-yet';
import { WeighView } from '@/components/compare/weigh-view';
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
const ES = getContent('es').compare;

/** Two opinions: the first named, the second not; they differ on the diagnosis only. */
function twoOpinions(): CompareState {
  let state = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'name', 'Dr Lee');
  state = updateOpinion(state, 'opinion-1', 'diagnosis', 'Gallstones');
  state = updateOpinion(state, 'opinion-2', 'diagnosis', 'Ulcer');
  state = updateOpinion(state, 'opinion-1', 'plan', 'Surgery soon');
  return updateOpinion(state, 'opinion-2', 'plan', ' surgery  SOON ');
}

describe('ComparisonGrid', () => {
  it('in English names the opinions, counts the differing rows and marks them', () => {
    renderIntl(<ComparisonGrid opinions={twoOpinions().opinions} words={EN} />);
    expect(
      screen.getByText('1 of 11 rows differ between the doctors. They are marked “≠ Differs”.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'The opinions side by side' });
    expect(within(table).getByRole('columnheader', { name: 'Question' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Opinion 1: Dr Lee' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Opinion 2' })).toBeInTheDocument();
    expect(within(table).getAllByText('≠ Differs')).toHaveLength(1);
    expect(within(table).getAllByText('Not asked yet.').length).toBeGreaterThan(0);
  });

  it('in Spanish says the same, with the plural of the summary sentence', () => {
    renderIntl(<ComparisonGrid opinions={twoOpinions().opinions} words={ES} />, { locale: 'es' });
    expect(
      screen.getByText('1 de 11 filas difiere entre los médicos. Tiene la marca “≠ Difiere”.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Las opiniones lado a lado' });
    expect(within(table).getByRole('columnheader', { name: 'Pregunta' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Opinión 1: Dr Lee' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Opinión 2' })).toBeInTheDocument();
    expect(within(table).getAllByText('Aún no lo preguntó.').length).toBeGreaterThan(0);
  });

  it('in Spanish uses the plural when several rows differ, and says when none do', () => {
    const state = updateOpinion(twoOpinions(), 'opinion-2', 'plan', 'Medicine');
    const { unmount } = renderIntl(<ComparisonGrid opinions={state.opinions} words={ES} />, { locale: 'es' });
    expect(
      screen.getByText('2 de 11 filas difieren entre los médicos. Tienen la marca “≠ Difiere”.'),
    ).toBeInTheDocument();
    unmount();
    renderIntl(<ComparisonGrid opinions={EMPTY_COMPARE.opinions} words={ES} />, { locale: 'es' });
    expect(screen.getByText('Por ahora no hay diferencias en lo que anotó.')).toBeInTheDocument();
  });

  it('offers to add a bank question to an empty cell, and says it was added', async () => {
    const onAddQuestion = vi.fn();
    renderIntl(
      <ComparisonGrid
        opinions={twoOpinions().opinions}
        words={ES}
        isOnList={() => false}
        onAddQuestion={onAddQuestion}
      />,
      { locale: 'es' },
    );
    const row = ES.fields.find((f) => f.bankQuestion && !['diagnosis', 'plan'].includes(f.id))!;
    const [button] = screen.getAllByRole('button', { name: `Agregar “${row.row}” a sus preguntas` });
    await userEvent.click(button!);
    expect(onAddQuestion).toHaveBeenCalledWith(row.bankQuestion);
    expect(screen.getByText(`Se agregó “${row.row}” a sus preguntas.`)).toBeInTheDocument();
  });
});

describe('AgreementQuestion', () => {
  const render = (locale: 'en' | 'es') =>
    renderIntl(
      <AgreementQuestion
        name="agree-plan"
        question="?"
        value={null}
        suggestion={{
          value: 'partly',
          why: locale === 'es' ? 'Anotó tipos de plan distintos.' : 'Different.',
        }}
        onChange={() => {}}
      />,
      { locale },
    );

  it('labels the answers and the hint in English', () => {
    render('en');
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual(
      ['Yes', 'Partly', 'No'],
    );
    expect(
      screen.getByText('Different. That suggests “Partly”, but you know best what they said.'),
    ).toBeInTheDocument();
  });

  it('labels the answers and the hint in Spanish', () => {
    render('es');
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual(
      ['Sí', 'En parte', 'No'],
    );
    expect(
      screen.getByText(
        'Anotó tipos de plan distintos. Eso sugiere “En parte”, pero usted sabe mejor lo que le dijeron.',
      ),
    ).toBeInTheDocument();
  });
});

describe('CompareSteps and NoComparisonYet', () => {
  it('link to the English pages at their old addresses', () => {
    renderIntl(<CompareSteps current="/compare/side-by-side" />);
    const nav = screen.getByRole('navigation', { name: 'Compare opinions steps' });
    expect(within(nav).getByRole('link', { name: '1. Enter the opinions' })).toHaveAttribute(
      'href',
      '/compare',
    );
    expect(within(nav).getByText('2. See them side by side')).toHaveAttribute('aria-current', 'page');
  });

  it('link to the Spanish pages under /es', () => {
    renderIntl(
      <>
        <CompareSteps current="/compare" />
        <NoComparisonYet problem={null} onDismiss={() => {}} />
      </>,
      { locale: 'es' },
    );
    const nav = screen.getByRole('navigation', { name: 'Pasos para comparar opiniones' });
    expect(within(nav).getByText('1. Anote las opiniones')).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: '3. Piense en lo que le importa' })).toHaveAttribute(
      'href',
      '/es/compare/weigh',
    );
    expect(screen.getByText('Aún no ha anotado nada.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anote las opiniones' })).toHaveAttribute('href', '/es/compare');
  });
});

describe('WeighView', () => {
  beforeEach(() => {
    localStorage.clear();
    const [first, second] = ES.factors;
    let state = setImportance(twoOpinions(), first!.id, 3);
    state = setImportance(state, second!.id, 1);
    state = setRating(state, 'opinion-1', first!.id, 4);
    act(() => compareStore.getState().replace(state));
  });

  it('shows the weighing in Spanish, with its arithmetic folded and a plural for what is not rated', async () => {
    renderIntl(<WeighView words={ES} sure={getRules('es').sure} />, { locale: 'es' });
    expect(await screen.findByRole('heading', { name: '¿Cuánto le importa cada cosa?' })).toBeInTheDocument();
    expect(screen.getAllByRole('radio', { name: 'Mucho' })[0]).toBeChecked();
    expect(screen.getByText('Aún sin nota')).toBeVisible();
    expect(screen.getByText('Ver las cuentas')).toBeVisible();
    // The arithmetic is there on request, folded away.
    expect(screen.getByRole('heading', { name: 'Opinión 1: Dr Lee' })).not.toBeVisible();
    expect(screen.getByText('Total: 12 de 20')).not.toBeVisible();
    expect(screen.getByText('1 cosa aún no tiene nota y no suma nada.')).toBeInTheDocument();
    expect(screen.getByText('2 cosas aún no tienen nota y no suman nada.')).toBeInTheDocument();
    expect(screen.getAllByRole('option', { name: '5 – muy bien' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Volver a la vista lado a lado' })).toHaveAttribute(
      'href',
      '/es/compare/side-by-side',
    );
  });
});
