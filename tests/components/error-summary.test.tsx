import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { ErrorSummary } from '@/components/ui/error-summary';
import { renderIntl as render } from '../setup/intl';

it('renders nothing when there is no error', () => {
  const { container } = render(<ErrorSummary errors={[]} />);
  expect(container).toBeEmptyDOMElement();
});

it('takes focus, lists each error, and moves focus to the field when an error is followed', async () => {
  render(
    <>
      <ErrorSummary
        errors={[
          { fieldId: 'name', text: 'Enter a name' },
          { fieldId: 'when', text: 'Enter a date' },
        ]}
      />
      <label htmlFor="name">Name</label>
      <input id="name" />
      <label htmlFor="when">Date</label>
      <input id="when" />
    </>,
  );
  const summary = screen.getByRole('alert');
  expect(summary).toHaveFocus();
  expect(summary).toHaveAccessibleName('There is a problem');
  await userEvent.click(screen.getByRole('link', { name: 'Enter a date' }));
  expect(screen.getByLabelText('Date')).toHaveFocus();
});

it('says there is a problem in Spanish on a Spanish page', () => {
  render(<ErrorSummary errors={[{ fieldId: 'name', text: 'Escriba un nombre' }]} />, { locale: 'es' });
  expect(screen.getByRole('alert')).toHaveAccessibleName('Hay un problema');
  expect(screen.getByRole('link', { name: 'Escriba un nombre' })).toBeInTheDocument();
});
