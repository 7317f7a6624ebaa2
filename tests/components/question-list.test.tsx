import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type ListedQuestion, QuestionList } from '@/components/questions/question-list';
import { EMPTY_QUESTIONS, moveQuestion, type QuestionsState } from '@/lib/questions/state';
import { renderIntl as render } from '../setup/intl';

const QUESTIONS: ListedQuestion[] = [
  { id: 'what-are-the-risks', text: 'What are the risks?', own: false },
  { id: 'own-1', text: 'Can I keep working?', own: true },
  { id: 'recovery-time', text: 'How long is recovery?', own: false },
];

function renderList(questions: ListedQuestion[] = QUESTIONS, hasNotes?: (id: string) => boolean) {
  const handlers = { onMove: vi.fn(), onRemove: vi.fn(), onEdit: vi.fn(), hasNotes };
  const view = render(<QuestionList questions={questions} {...handlers} />);
  return { ...handlers, ...view };
}

const liveRegion = (container: HTMLElement) => container.querySelector('[aria-live="polite"]');
const items = () => screen.getAllByRole('listitem');

describe('QuestionList', () => {
  it('shows the questions in order, numbered', () => {
    renderList();
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(items().map((li) => li.querySelector('p')?.textContent)).toEqual([
      'What are the risks?',
      'Can I keep working? (your own question)',
      'How long is recovery?',
    ]);
    expect(items().map((li) => li.querySelector('[aria-hidden="true"]')?.textContent)).toEqual([
      '1.',
      '2.',
      '3.',
    ]);
  });

  it('offers no "Move up" on the first question and no "Move down" on the last', () => {
    renderList();
    const [first, middle, last] = items() as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).queryByRole('button', { name: /^Move up/ })).not.toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Move down: What are the risks?' })).toBeInTheDocument();
    expect(within(middle).getByRole('button', { name: 'Move up: Can I keep working?' })).toBeInTheDocument();
    expect(
      within(middle).getByRole('button', { name: 'Move down: Can I keep working?' }),
    ).toBeInTheDocument();
    expect(within(last).getByRole('button', { name: 'Move up: How long is recovery?' })).toBeInTheDocument();
    expect(within(last).queryByRole('button', { name: /^Move down/ })).not.toBeInTheDocument();
  });

  it('offers no move buttons at all for a single question', () => {
    renderList([QUESTIONS[0]!]);
    expect(screen.queryByRole('button', { name: /^Move/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove: What are the risks?' })).toBeInTheDocument();
  });

  it('moves a question and announces its new position', async () => {
    const { onMove, container } = renderList();
    expect(liveRegion(container)).toHaveTextContent('');
    await userEvent.click(screen.getByRole('button', { name: 'Move down: What are the risks?' }));
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(onMove).toHaveBeenCalledWith('what-are-the-risks', 1);
    expect(liveRegion(container)).toHaveTextContent('Moved “What are the risks?” to position 2 of 3.');
    await userEvent.click(screen.getByRole('button', { name: 'Move up: How long is recovery?' }));
    expect(onMove).toHaveBeenLastCalledWith('recovery-time', -1);
    expect(liveRegion(container)).toHaveTextContent('Moved “How long is recovery?” to position 2 of 3.');
  });

  it('removes a bank question without notes at once', async () => {
    const { onRemove } = renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Remove: What are the risks?' }));
    expect(onRemove).toHaveBeenCalledWith('what-are-the-risks');
  });

  it('asks before removing a question with notes; "No" keeps it and returns focus to Remove', async () => {
    const { onRemove } = renderList(QUESTIONS, (id) => id === 'recovery-time');
    await userEvent.click(screen.getByRole('button', { name: 'Remove: How long is recovery?' }));
    const question = screen.getByRole('heading', { name: 'Remove “How long is recovery?”?' });
    expect(question).toHaveFocus();
    expect(screen.getByText(/what the doctors said about it/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(onRemove).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Remove: How long is recovery?' })).toHaveFocus();
  });

  it('asks before removing an own question, then removes it and announces it', async () => {
    const { onRemove, container } = renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Remove: Can I keep working?' }));
    expect(onRemove).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Remove “Can I keep working?”?' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onRemove).toHaveBeenCalledWith('own-1');
    expect(liveRegion(container)).toHaveTextContent('Removed “Can I keep working?”.');
  });

  it('offers Edit for the person’s own questions only', () => {
    renderList();
    const [first, middle, last] = items() as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(middle).getByRole('button', { name: 'Edit: Can I keep working?' })).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(within(last).queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });

  it('edits an own question in place', async () => {
    const { onEdit } = renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Edit: Can I keep working?' }));
    const field = screen.getByRole('textbox', { name: 'Edit your question' });
    expect(field).toHaveValue('Can I keep working?');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    await userEvent.clear(field);
    await userEvent.type(field, '  Can I keep driving?  ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenCalledWith('own-1', 'Can I keep driving?');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('keeps the old text when an edit is blank, and Cancel closes the field', async () => {
    const { onEdit } = renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Edit: Can I keep working?' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Edit your question' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).not.toHaveBeenCalled();
    expect(screen.getByText('Enter your question')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText('Can I keep working?', { exact: false })).toBeInTheDocument();
  });

  it('shows own text as text, never as HTML', () => {
    const { container } = renderList([{ id: 'o', text: '<img src=x onerror=alert(1)>', own: true }]);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeInTheDocument();
  });

  it('shows the empty message when there are no questions', () => {
    renderList([]);
    expect(
      screen.getByText('Your list is empty. Pick questions below, or add your own.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});

const TEXTS: Record<string, string> = {
  first: 'First question?',
  second: 'Second question?',
  third: 'Third question?',
};

/** The list wired to the real pure transitions, as the Questions page does. */
function Stateful() {
  const [state, setState] = useState<QuestionsState>({
    ...EMPTY_QUESTIONS,
    chosen: [{ id: 'first' }, { id: 'second' }, { id: 'third' }],
  });
  return (
    <QuestionList
      questions={state.chosen.map((q) => ({ id: q.id, text: TEXTS[q.id] ?? q.id, own: false }))}
      onMove={(id, by) => setState((s) => moveQuestion(s, id, by))}
      onRemove={(id) => setState((s) => ({ ...s, chosen: s.chosen.filter((q) => q.id !== id) }))}
      onEdit={() => {}}
    />
  );
}

describe('QuestionList with real state, by keyboard', () => {
  const order = () => items().map((li) => li.querySelector('p')?.textContent);

  it('keeps focus on the moved question’s move button', async () => {
    const user = userEvent.setup();
    const { container } = render(<Stateful />);
    screen.getByRole('button', { name: 'Move down: First question?' }).focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Second question?', 'First question?', 'Third question?']);
    expect(screen.getByRole('button', { name: 'Move down: First question?' })).toHaveFocus();
    expect(liveRegion(container)).toHaveTextContent('Moved “First question?” to position 2 of 3.');

    // Now last: its "Move down" is gone, so focus falls on its "Move up".
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Second question?', 'Third question?', 'First question?']);
    expect(screen.getByRole('button', { name: 'Move up: First question?' })).toHaveFocus();
    expect(liveRegion(container)).toHaveTextContent('Moved “First question?” to position 3 of 3.');

    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Second question?', 'First question?', 'Third question?']);
    expect(screen.getByRole('button', { name: 'Move up: First question?' })).toHaveFocus();
  });

  it('moving to the top with the keyboard leaves focus on that question’s "Move down"', async () => {
    const user = userEvent.setup();
    render(<Stateful />);
    screen.getByRole('button', { name: 'Move up: Second question?' }).focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Second question?', 'First question?', 'Third question?']);
    expect(screen.getByRole('button', { name: 'Move down: Second question?' })).toHaveFocus();
  });

  it('after Remove, focus moves to the next question', async () => {
    const user = userEvent.setup();
    render(<Stateful />);
    screen.getByRole('button', { name: 'Remove: First question?' }).focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Second question?', 'Third question?']);
    // The next question is now first, so its only move button is "Move down".
    expect(screen.getByRole('button', { name: 'Move down: Second question?' })).toHaveFocus();
  });
});

describe('QuestionList in Spanish', () => {
  it('labels its controls, its own questions and its announcements in Spanish', async () => {
    const { container } = render(
      <QuestionList questions={QUESTIONS} onMove={vi.fn()} onRemove={vi.fn()} onEdit={vi.fn()} />,
      {
        locale: 'es',
      },
    );
    expect(items()[1]!.querySelector('p')?.textContent).toBe('Can I keep working? (pregunta suya)');
    await userEvent.click(screen.getByRole('button', { name: 'Bajar: What are the risks?' }));
    expect(liveRegion(container)).toHaveTextContent('“What are the risks?” pasó al lugar 2 de 3.');
    await userEvent.click(screen.getByRole('button', { name: 'Quitar: Can I keep working?' }));
    expect(screen.getByRole('heading', { name: '¿Quitar “Can I keep working?”?' })).toHaveFocus();
    expect(screen.getByText('Esto borra su pregunta. No se puede deshacer.')).toBeInTheDocument();
  });

  it('shows the empty message in Spanish', () => {
    render(<QuestionList questions={[]} onMove={vi.fn()} onRemove={vi.fn()} onEdit={vi.fn()} />, {
      locale: 'es',
    });
    expect(
      screen.getByText('Su lista está vacía. Elija preguntas más abajo o agregue las suyas.'),
    ).toBeInTheDocument();
  });
});
