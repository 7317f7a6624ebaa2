import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChecklistSection } from '@/components/prepare/checklist-section';
import type { Checklist } from '@/lib/content/lists';
import type { Source } from '@/lib/content/schemas';
import type { PrepareState } from '@/lib/prepare/state';
import type { Locale } from '@/lib/i18n/locales';
import { renderIntl } from '../setup/intl';

const SOURCE: Source = {
  id: 'test-source',
  citation: 'A test guide to second opinions.',
  year: 2024,
  kind: 'Test guide',
  supports: 'Supports the items in this fixture.',
};

/** One wording for every perspective. */
const all = (text: string) => ({ self: text, child: text, other: text });

const LIST: Checklist = {
  id: 'records',
  title: 'Records to gather',
  description: all('The papers the new doctor will want to see.'),
  order: 1,
  intro: '<p>Ask for copies early.</p>',
  items: [
    {
      id: 'test-results',
      text: all('Results of recent tests'),
      why: all('The new doctor can build on tests you already had.'),
      sources: [SOURCE],
    },
    {
      id: 'surgery-notes',
      text: all('Notes from any past surgery'),
      why: all('They show what the surgeon found.'),
      sources: [SOURCE],
      when: [{ 'surgery-recommended': ['yes', 'not-sure'] }],
      whenReason: {
        self: 'Shown because surgery has been suggested.',
        child: 'Shown because surgery has been suggested for your child.',
        other: 'Shown because surgery has been suggested for them.',
      },
    },
    {
      id: 'medicines',
      text: {
        self: 'A list of every medicine you take',
        child: 'A list of every medicine your child takes',
        other: 'A list of every medicine the person you care for takes',
      },
      sources: [SOURCE],
    },
  ],
};

const STATE: PrepareState = {
  ticked: ['records/test-results', 'custom/c1', 'other-list/test-results', 'custom/c9'],
  custom: [
    { id: 'c1', listId: 'records', text: 'My blood pressure diary' },
    { id: 'c2', listId: 'records', text: '<b>x</b>' },
    { id: 'c9', listId: 'other-list', text: 'Belongs elsewhere' },
  ],
};

function renderSection(props: Partial<Parameters<typeof ChecklistSection>[0]> = {}, locale: Locale = 'en') {
  const handlers = { onToggle: vi.fn(), onAdd: vi.fn(), onEdit: vi.fn(), onRemove: vi.fn() };
  const view = renderIntl(
    <ChecklistSection
      list={LIST}
      items={LIST.items}
      state={STATE}
      tailored={false}
      perspective={null}
      {...handlers}
      {...props}
    />,
    { locale },
  );
  return { ...handlers, ...view };
}

describe('ChecklistSection', () => {
  it('is a region named by its heading, with the intro and progress', () => {
    renderSection();
    const region = screen.getByRole('region', { name: 'Records to gather' });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Records to gather');
    expect(region).toHaveTextContent('Ask for copies early.');
    // 3 list items + 2 own items of this list; ticked: test-results and c1.
    expect(within(region).getByText('2 of 5 done')).toBeInTheDocument();
  });

  it('words each item for whose care it is, and for the person themselves before anyone has said', () => {
    renderSection({ perspective: 'child', tailored: true });
    expect(
      screen.getByRole('checkbox', { name: 'A list of every medicine your child takes' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Shown because surgery has been suggested for your child.')).toBeInTheDocument();
    expect(screen.queryByText(/you take/)).not.toBeInTheDocument();
  });

  it('words each item for the person someone cares for', () => {
    renderSection({ perspective: 'other' });
    expect(
      screen.getByRole('checkbox', { name: 'A list of every medicine the person you care for takes' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('checkbox', { name: 'A list of every medicine you take' }),
    ).not.toBeInTheDocument();
  });

  it('counts only the items it is given (the visible ones) and this list’s own items', () => {
    renderSection({ items: [LIST.items[0]!, LIST.items[2]!] });
    expect(screen.getByText('2 of 4 done')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Notes from any past surgery' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Belongs elsewhere/)).not.toBeInTheDocument();
  });

  it('shows which items are ticked, and ticking calls onToggle with the item key', async () => {
    const { onToggle } = renderSection();
    expect(screen.getByRole('checkbox', { name: 'Results of recent tests' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A list of every medicine you take' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'A list of every medicine you take' }));
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(onToggle).toHaveBeenCalledWith('records/medicines');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Results of recent tests' }));
    expect(onToggle).toHaveBeenLastCalledWith('records/test-results');
  });

  it('ticks an own item with its custom key', async () => {
    const { onToggle } = renderSection();
    const own = screen.getByRole('checkbox', { name: /My blood pressure diary/ });
    expect(own).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /<b>x<\/b>/ })).not.toBeChecked();
    await userEvent.click(own);
    expect(onToggle).toHaveBeenCalledWith('custom/c1');
  });

  it('shows the reason for a conditional item only when the list is tailored', () => {
    const { rerender, onToggle, onAdd, onEdit, onRemove } = renderSection();
    expect(screen.queryByText('Shown because surgery has been suggested.')).not.toBeInTheDocument();
    rerender(
      <ChecklistSection
        list={LIST}
        items={LIST.items}
        state={STATE}
        tailored
        perspective={null}
        onToggle={onToggle}
        onAdd={onAdd}
        onEdit={onEdit}
        onRemove={onRemove}
      />,
    );
    expect(screen.getByText('Shown because surgery has been suggested.')).toBeInTheDocument();
  });

  it('has no source line under each item: one folded list per section names each source once', () => {
    const OTHER: Source = {
      id: 'other-source',
      citation: 'Another guide.',
      year: null,
      kind: 'Guide',
      supports: 'More.',
    };
    renderSection({ items: [LIST.items[0]!, { ...LIST.items[2]!, sources: [OTHER, SOURCE] }] });
    const summary = screen.getByText('Sources for this section', { exact: false, selector: 'summary' });
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(
      within(details)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['A test guide to second opinions (2024)', 'Another guide']);
    // Once on screen, folded; the second copy is for paper only.
    expect(within(details).getAllByText('A test guide to second opinions (2024)')).toHaveLength(1);
  });

  it('folds "Why this helps" under each item, and it opens on a click', async () => {
    renderSection();
    const summaries = screen.getAllByText('Why this helps', { selector: 'summary', exact: false });
    // Only the two items with a reason get a fold, each named after its item for screen readers.
    expect(summaries.map((s) => s.textContent)).toEqual([
      'Why this helps: Results of recent tests',
      'Why this helps: Notes from any past surgery',
    ]);
    const summary = summaries[0]!;
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(summary);
    expect(details).toHaveAttribute('open');
  });

  it('puts the count in the heading but names the region by the title alone', () => {
    renderSection();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Records to gather 2 of 5 done');
    expect(screen.getByRole('region')).toHaveAccessibleName('Records to gather');
  });

  it('shows an inline error for a blank item and does not add it', async () => {
    const { onAdd } = renderSection();
    await userEvent.click(screen.getByText('Add your own item', { selector: 'summary' }));
    const field = screen.getByRole('textbox', { name: 'Add your own item to “Records to gather”' });
    await userEvent.type(field, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByText('Enter what you want to add')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Error: ?Enter what you want to add/);
    expect(field).toHaveFocus();
  });

  it('adds a valid item with its text trimmed and clears the field', async () => {
    const { onAdd } = renderSection();
    await userEvent.click(screen.getByText('Add your own item', { selector: 'summary' }));
    const field = screen.getByRole('textbox', { name: 'Add your own item to “Records to gather”' });
    await userEvent.type(field, '  Insurance card  ');
    await userEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(onAdd).toHaveBeenCalledWith('Insurance card');
    expect(field).toHaveValue('');
    expect(screen.queryByText('Enter what you want to add')).not.toBeInTheDocument();
  });

  it('shows typed text as text, never as HTML', () => {
    const { container } = renderSection();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>x</b>', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '<b>x</b> (your own item)' })).toBeInTheDocument();
  });

  it('edits an own item: Edit opens a filled field and Save calls onEdit', async () => {
    const { onEdit } = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Edit: My blood pressure diary' }));
    const field = screen.getByRole('textbox', { name: 'Edit your item' });
    expect(field).toHaveValue('My blood pressure diary');
    expect(field).toHaveFocus();
    await userEvent.clear(field);
    await userEvent.type(field, ' My sugar diary ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenCalledWith('c1', 'My sugar diary');
    expect(screen.queryByRole('textbox', { name: 'Edit your item' })).not.toBeInTheDocument();
  });

  it('does not save a blank edit', async () => {
    const { onEdit } = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Edit: My blood pressure diary' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Edit your item' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).not.toHaveBeenCalled();
    expect(screen.getByText('Enter what you want to add')).toBeInTheDocument();
  });

  it('asks before removing an own item, and removes it only on "Yes"', async () => {
    const { onRemove } = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Remove: <b>x</b>' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Remove “<b>x</b>”?' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(onRemove).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Remove: <b>x</b>' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Remove: <b>x</b>' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onRemove).toHaveBeenCalledWith('c2');
  });
});

describe('ChecklistSection in Spanish', () => {
  it('counts with a plural', () => {
    renderSection({}, 'es');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Records to gather 2 de 5 hechos');
    expect(screen.getAllByText('Por qué ayuda', { selector: 'summary', exact: false })[0]).toHaveTextContent(
      'Por qué ayuda: Results of recent tests',
    );
  });

  it('says "1 hecho" for one, and labels its controls in Spanish', () => {
    renderSection(
      { items: [], state: { ticked: [], custom: [{ id: 'c1', listId: 'records', text: 'Diario' }] } },
      'es',
    );
    expect(screen.getByText('0 de 1 hecho')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Diario (agregado por usted)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cambiar: Diario' })).toBeInTheDocument();
  });

  it('gives its errors in Spanish', async () => {
    const { onAdd } = renderSection({}, 'es');
    await userEvent.click(screen.getByText('Agregar algo suyo', { selector: 'summary' }));
    const field = screen.getByRole('textbox', { name: 'Agregar algo suyo a “Records to gather”' });
    await userEvent.type(field, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Agregar' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByText('Escriba lo que quiere agregar')).toBeInTheDocument();
  });
});
