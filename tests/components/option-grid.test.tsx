import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OptionGrid } from '@/components/guide/option-grid';
import { type OptionGrid as Grid, shownOptions } from '@/lib/engine/options';
import type { Locale } from '@/lib/i18n/locales';
import { renderIntl } from '../setup/intl';

const study = { id: 'study', citation: 'Author A. A study. A Journal.', year: 2015 };
const handout = { id: 'handout', citation: 'A patient handout.', year: null };
const advice = { id: 'advice', citation: 'Ask 3 Questions.', year: null };

const grid: Grid = {
  title: 'Your options side by side',
  decision: 'You are choosing whether another doctor should check the plan.',
  intro: '<p>Each choice here is a fair one.</p>',
  options: [
    { id: 'second-opinion', label: 'Ask for a second opinion' },
    { id: 'go-ahead', label: 'Go ahead with the current plan' },
    { id: 'ask-first', label: 'Ask the first doctor more first', when: [{ 'unsure-about-plan': ['yes'] }] },
  ],
  rows: [
    {
      id: 'change',
      question: 'Could it change my diagnosis or plan?',
      cells: {
        'second-opinion': { text: 'It might change for about 37 out of 100.', sources: [study] },
        'go-ahead': { text: 'No. You keep the plan you have.', sources: [handout, study] },
        'ask-first': { text: 'It might make the plan clearer.', sources: [advice] },
      },
    },
    {
      id: 'cost',
      question: 'What does it cost?',
      cells: {
        'second-opinion': { text: 'It depends on the health plan.', sources: [handout] },
        'go-ahead': { text: 'No extra visit to pay for.', sources: [handout] },
        'ask-first': { text: 'A call may cost little.', sources: [advice] },
      },
    },
  ],
};

const renderFor = (answers: Record<string, string>, locale: Locale = 'en') =>
  renderIntl(<OptionGrid grid={grid} options={shownOptions(grid, { perspective: 'self', answers })} />, {
    locale,
  });

describe('OptionGrid', () => {
  it('is a table captioned with the decision, with an option per column and a question per row', () => {
    renderFor({});
    const table = screen.getByRole('table', { name: grid.decision });
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual([
      'Question',
      'Ask for a second opinion',
      'Go ahead with the current plan',
    ]);
    for (const column of columns) expect(column).toHaveAttribute('scope', 'col');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    rows.forEach((row, i) => {
      const header = within(row).getByRole('rowheader');
      expect(header).toHaveTextContent(grid.rows[i]!.question);
      expect(header).toHaveAttribute('scope', 'row');
      expect(within(row).getAllByRole('cell')).toHaveLength(2);
    });
    const [second, goAhead] = within(rows[0]!).getAllByRole('cell');
    expect(second).toHaveTextContent('It might change for about 37 out of 100.');
    expect(goAhead).toHaveTextContent('No. You keep the plan you have.');
  });

  it('adds the ask-first column only when its condition holds', () => {
    const { unmount } = renderFor({ 'unsure-about-plan': 'no' });
    expect(screen.queryByRole('columnheader', { name: 'Ask the first doctor more first' })).toBeNull();
    expect(screen.queryByText('It might make the plan clearer.', { exact: false })).toBeNull();
    unmount();
    renderFor({ 'unsure-about-plan': 'yes' });
    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('columnheader', { name: 'Ask the first doctor more first' }),
    ).toBeVisible();
    for (const row of within(table).getAllByRole('row').slice(1))
      expect(within(row).getAllByRole('cell')).toHaveLength(3);
  });

  it('stacks the same cells under each question for phones, folded, each labelled with its option', () => {
    renderFor({ 'unsure-about-plan': 'yes' });
    const heading = screen.getByRole('heading', { level: 3, name: 'What does it cost?' });
    const fold = heading.closest('details')!;
    expect(fold).not.toHaveAttribute('open');
    const list = fold.querySelector('dl')!;
    const terms = within(list).getAllByRole('term');
    expect(terms.map((t) => t.textContent)).toEqual(grid.options.map((o) => o.label));
    expect(within(list).getAllByRole('definition', { hidden: true })[1]).toHaveTextContent(
      'No extra visit to pay for.',
    );
    // The two layouts are for different screens: CSS shows only one of them at a time.
    expect(screen.getByRole('table').parentElement).toHaveClass('hidden', 'sm:block', 'print:block');
    expect(list.closest('.sm\\:hidden')).toHaveClass('print:hidden');
  });

  it('gathers each source once in a folded list, numbered in reading order, and points each cell to it', () => {
    renderFor({ 'unsure-about-plan': 'yes' });
    const summary = screen.getByText('Sources for this table', { selector: 'summary' });
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    const items = within(details).getAllByRole('listitem', { hidden: true });
    expect(items.map((item) => item.textContent)).toEqual([
      'Author A. A study. A Journal (2015).',
      'A patient handout.',
      'Ask 3 Questions.',
    ]);
    const table = screen.getByRole('table');
    const [, goAhead] = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    const links = within(goAhead!).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Source 1', 'Source 2']);
    // Numbers go up within a cell, whatever order the content cites them in.
    expect(links[1]).toHaveAttribute('href', '#options-source-handout');
    expect(items[1]).toHaveAttribute('id', 'options-source-handout');
    expect(goAhead).toHaveTextContent('No. You keep the plan you have. [Source 1, Source 2]');
    // Paper gets an open copy of the list; screens hide it, and it holds no second link target.
    const printed = screen.getByText('Sources for this table', { selector: 'p' }).parentElement!;
    expect(printed).toHaveClass('hidden', 'print:block');
    expect(details).toHaveClass('print:hidden');
    expect(within(printed).getAllByRole('listitem', { hidden: true })).toHaveLength(3);
    expect(printed.querySelectorAll('[id]')).toHaveLength(0);
  });

  it('numbers only the sources of the options shown', () => {
    renderFor({});
    const details = screen.getByText('Sources for this table', { selector: 'summary' }).closest('details')!;
    expect(within(details).queryByText('Ask 3 Questions.', { exact: false })).toBeNull();
    expect(within(details).getAllByRole('listitem', { hidden: true })).toHaveLength(2);
  });

  it('speaks Spanish around the content: header, source numbers and the folded list', () => {
    renderFor({}, 'es');
    const table = screen.getByRole('table', { name: grid.decision });
    expect(within(table).getAllByRole('columnheader')[0]).toHaveTextContent('Pregunta');
    const [, goAhead] = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(
      within(goAhead!)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Fuente 1', 'Fuente 2']);
    expect(screen.getByText('Fuentes de esta tabla', { selector: 'summary' })).toBeInTheDocument();
    expect(screen.getByText('Fuentes de esta tabla', { selector: 'p' })).toBeInTheDocument();
    expect(screen.queryByText(/Sources for this table|Question/)).toBeNull();
  });
});
