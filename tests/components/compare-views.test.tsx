import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareStore } from '@/components/compare/compare-store';
import { CompareSteps } from '@/components/compare/compare-steps';
import { ComparisonGrid } from '@/components/compare/comparison-grid';
import { NoComparisonYet } from '@/components/compare/no-comparison-yet';
import { WeighView } from '@/components/compare/weigh-view';
import {
  type CompareState,
  EMPTY_COMPARE,
  setImportance,
  setMark,
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
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Certainty and plan type chosen differently, diagnoses worded differently, risks noted for one doctor only. */
  function chosen(): CompareState {
    let state = twoOpinions();
    state = updateOpinion(state, 'opinion-1', 'certainty', 'very-sure');
    state = updateOpinion(state, 'opinion-2', 'certainty', 'fairly-sure');
    state = updateOpinion(state, 'opinion-1', 'planType', 'surgery');
    state = updateOpinion(state, 'opinion-2', 'planType', 'medicine');
    state = updateOpinion(state, 'opinion-1', 'timing', 'within-weeks');
    state = updateOpinion(state, 'opinion-2', 'timing', 'within-weeks');
    return updateOpinion(state, 'opinion-1', 'risks', 'Infection');
  }
  const group = (row: string) => screen.getByRole('group', { name: `${row} Do the doctors agree on this?` });

  it('in English names the opinions and the mark column, with no "Differs" noise', () => {
    renderIntl(<ComparisonGrid comparison={twoOpinions()} words={EN} onMark={() => {}} />);
    const table = screen.getByRole('table', { name: 'The opinions side by side' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Question', 'Opinion 1: Dr Lee', 'Opinion 2', 'Do the doctors agree?']);
    expect(screen.queryByText(/Differs/)).not.toBeInTheDocument();
    expect(within(table).getAllByText('Not asked yet.').length).toBeGreaterThan(0);
    // Only the diagnosis and plan rows have anything noted; two typed answers are never prefilled.
    expect(screen.getByText('There are 2 rows to mark. None is marked yet.')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
    expect(
      screen.getAllByText('Nothing is noted here for any doctor, so there is nothing to mark.').length,
    ).toBeGreaterThan(0);
  });

  it('prefills only what it can be sure of, each with its reason, and the person can change it', async () => {
    const onMark = vi.fn();
    renderIntl(<ComparisonGrid comparison={chosen()} words={EN} onMark={onMark} />);
    const planType = group('What kind of plan is it?');
    expect(within(planType).getByRole('radio', { name: 'Differ' })).toBeChecked();
    expect(planType).toHaveAccessibleDescription(
      'Suggested because the plan types differ. Change it if you see it differently.',
    );
    const certainty = group('How sure is the doctor?');
    expect(within(certainty).getByRole('radio', { name: 'Differ' })).toBeChecked();
    expect(certainty).toHaveAccessibleDescription(/the doctors were not equally sure/);
    expect(within(group('When would they start?')).getByRole('radio', { name: 'Agree' })).toBeChecked();
    const risks = group('What are the risks and side effects?');
    expect(within(risks).getByRole('radio', { name: 'Differ' })).toBeChecked();
    expect(risks).toHaveAccessibleDescription(/only one doctor’s answer is noted/);
    // Two differently worded diagnoses: not prefilled.
    const diagnosis = group('What is the diagnosis?');
    expect(within(diagnosis).queryByRole('radio', { checked: true })).toBeNull();
    expect(diagnosis).not.toHaveAccessibleDescription(/Suggested/);

    await userEvent.click(within(planType).getByRole('radio', { name: 'Partly agree' }));
    expect(onMark).toHaveBeenCalledWith('planType', 'partly');
  });

  it('counts what the person marked, their own marks winning over suggestions', () => {
    const state = setMark(setMark(chosen(), 'diagnosis', 'yes'), 'planType', 'partly');
    renderIntl(<ComparisonGrid comparison={state} words={EN} onMark={() => {}} />);
    // Rows noted: diagnosis, certainty, plan, planType, timing, risks; plan is the one left.
    expect(
      screen.getByText(
        'You marked 5 of 6 rows: 2 agree, 1 partly, 2 differ. The guide suggested 3 of these. 1 is not marked yet.',
      ),
    ).toBeInTheDocument();
    const planType = group('What kind of plan is it?');
    expect(within(planType).getByRole('radio', { name: 'Partly agree' })).toBeChecked();
    expect(planType).not.toHaveAccessibleDescription(/Suggested/);
  });

  it('in Spanish says the same, with plurals', () => {
    const { unmount } = renderIntl(
      <ComparisonGrid comparison={setMark(chosen(), 'diagnosis', 'no')} words={ES} onMark={() => {}} />,
      { locale: 'es' },
    );
    expect(
      screen.getByText(
        'Marcó 5 de 6 filas: 1 de acuerdo, 0 en parte, 4 difieren. La guía sugirió 4 de estas. Falta 1 por marcar.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Las opiniones lado a lado' });
    expect(
      within(table).getByRole('columnheader', { name: '¿Están de acuerdo los médicos?' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: '¿Qué tipo de plan es? ¿Están de acuerdo los médicos en esto?' }),
    ).toHaveAccessibleDescription(/Se sugiere porque los tipos de plan son distintos/);
    unmount();
    renderIntl(<ComparisonGrid comparison={chosen()} words={ES} onMark={() => {}} />, { locale: 'es' });
    expect(
      screen.getByText(
        'Marcó 4 de 6 filas: 1 de acuerdo, 0 en parte, 3 difieren. La guía sugirió 4 de estas. Faltan 2 por marcar.',
      ),
    ).toBeInTheDocument();
  });

  it('read-only, shows each row’s mark as words and offers no controls', () => {
    renderIntl(<ComparisonGrid comparison={setMark(chosen(), 'diagnosis', 'partly')} words={EN} />);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText(/You marked/)).not.toBeInTheDocument();
    const stacked = (row: string) => screen.getByRole('region', { name: row });
    expect(stacked('What is the diagnosis?')).toHaveTextContent('Marked: Partly agree');
    expect(stacked('What kind of plan is it?')).toHaveTextContent('Suggested: Differ');
    expect(stacked('What do they suggest?')).toHaveTextContent('Not marked yet');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /What is the diagnosis\?/ })).toHaveTextContent(
      'Marked: Partly agree',
    );
  });

  it.each([
    [true, 'table'],
    [false, 'stacked rows'],
  ])('wide %s: the marks are controls in the %s only, so names and ids stay unique', (wide) => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: wide,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const { container } = renderIntl(<ComparisonGrid comparison={chosen()} words={EN} onMark={() => {}} />);
    const table = container.querySelector('.comparison-table')!;
    const stacked = container.querySelector('.comparison-stacked')!;
    const [withControls, withText] = wide ? [table, stacked] : [stacked, table];
    expect(withControls.querySelectorAll('input[type="radio"]')).toHaveLength(6 * 3);
    expect(withText.querySelectorAll('input[type="radio"]')).toHaveLength(0);
    expect(withText).toHaveTextContent('Suggested: Differ');
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The table scrolls sideways when three long opinions do not fit: a named region the keyboard reaches.
    expect(screen.getByRole('region', { name: 'The opinions side by side', hidden: true })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('offers to add a bank question to an empty cell, and says it was added', async () => {
    const onAddQuestion = vi.fn();
    renderIntl(
      <ComparisonGrid
        comparison={twoOpinions()}
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
