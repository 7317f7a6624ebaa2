import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QuestionForm } from '@/components/guide/question-form';
import { renderIntl } from '@/tests/setup/intl';

const OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: "I'm not sure" },
];

function renderForm(props: Partial<Parameters<typeof QuestionForm>[0]> = {}, locale: 'en' | 'es' = 'en') {
  const onAnswer = vi.fn();
  renderIntl(
    <QuestionForm
      name="surgery-recommended"
      question="Has a doctor suggested surgery for you?"
      hint="This means an operation."
      options={OPTIONS}
      errorText="Select an answer"
      ready
      onAnswer={onAnswer}
      {...props}
    />,
    { locale },
  );
  return onAnswer;
}

describe('QuestionForm', () => {
  beforeEach(() => {
    document.title = 'Surgery';
  });

  it('makes the question the h1 inside the legend, with the hint and native radios', () => {
    renderForm();
    const group = screen.getByRole('group', { name: 'Has a doctor suggested surgery for you?' });
    expect(within(group).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Has a doctor suggested surgery for you?',
    );
    expect(group).toHaveAccessibleDescription('This means an operation.');
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['yes', 'no', 'not-sure']);
  });

  it('shows an error summary that takes focus when nothing is chosen, and does not continue', async () => {
    const onAnswer = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Error: ?Select an answer/);
    expect(document.title).toBe('Error: Surgery');
    expect(onAnswer).not.toHaveBeenCalled();
    await userEvent.click(within(summary).getByRole('link', { name: 'Select an answer' }));
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveFocus();
  });

  it('continues with the chosen answer', async () => {
    const onAnswer = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: "I'm not sure" }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith('not-sure');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the saved answer and marks itself busy until saved answers are read', () => {
    renderForm({ initialValue: 'no', ready: false });
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Yes' }).closest('form')).toHaveAttribute('aria-busy', 'true');
  });

  it('offers Skip only for an optional question', () => {
    renderForm();
    expect(screen.queryByRole('button', { name: 'Skip this question' })).not.toBeInTheDocument();
  });

  it('skips an optional question without an answer or an error', async () => {
    const onSkip = vi.fn();
    const onAnswer = renderForm({ onSkip, initialValue: 'yes' });
    await userEvent.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(onSkip).toHaveBeenCalledTimes(1);
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says its buttons and error in Spanish on a Spanish page', async () => {
    const onSkip = vi.fn();
    const onAnswer = renderForm(
      {
        question: '¿Un médico le sugirió una cirugía?',
        options: [
          { value: 'yes', label: 'Sí' },
          { value: 'no', label: 'No' },
          { value: 'not-sure', label: 'No lo sé' },
        ],
        errorText: 'Elija una respuesta',
        onSkip,
      },
      'es',
    );
    expect(screen.getByRole('button', { name: 'Saltar esta pregunta' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Seguir' }));
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Hay un error: ?Elija una respuesta/);
    expect(document.title).toBe('Hay un error: Surgery');
    await userEvent.click(screen.getByRole('radio', { name: 'No lo sé' }));
    await userEvent.click(screen.getByRole('button', { name: 'Seguir' }));
    expect(onAnswer).toHaveBeenCalledWith('not-sure');
  });
});
