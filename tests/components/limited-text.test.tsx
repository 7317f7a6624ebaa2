import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LimitedText } from '@/components/ui/limited-text';
import { renderIntl as render } from '../setup/intl';

function Field({
  max = 3000,
  rows,
  onChange = () => {},
}: {
  max?: number;
  rows?: number;
  onChange?: (v: string) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <>
      <label htmlFor="f">Notes</label>
      <p id="f-hint">Anything else.</p>
      <LimitedText
        id="f"
        value={value}
        max={max}
        rows={rows}
        describedBy="f-hint"
        onChange={(text) => {
          onChange(text);
          setValue(text);
        }}
        className=""
      />
    </>
  );
}

describe('LimitedText', () => {
  it('keeps the first 3,000 characters of a longer paste and says so, politely and tied to the field', async () => {
    const onChange = vi.fn();
    render(<Field rows={4} onChange={onChange} />);
    const field = screen.getByRole('textbox', { name: 'Notes' });
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).not.toHaveAttribute('maxlength');
    await userEvent.click(field);
    await userEvent.paste('x'.repeat(3100));
    expect(field).toHaveValue('x'.repeat(3000));
    expect(onChange).toHaveBeenLastCalledWith('x'.repeat(3000));
    const message = screen.getByText(
      'Only the first 3,000 characters were kept. The other 100 characters were not saved.',
    );
    expect(message).toHaveAttribute('aria-live', 'polite');
    expect(field).toHaveAccessibleDescription(
      'Anything else. You have 0 characters remaining Only the first 3,000 characters were kept. The other 100 characters were not saved.',
    );
  });

  it('shows no count or message well under the limit, and a count near it', async () => {
    render(<Field max={80} />);
    const field = screen.getByRole('textbox', { name: 'Notes' });
    expect(field.tagName).toBe('INPUT');
    await userEvent.type(field, 'Dr Lee');
    expect(field).toHaveAccessibleDescription('Anything else.');
    await userEvent.paste('n'.repeat(54));
    expect(field).toHaveAccessibleDescription('Anything else. You have 20 characters remaining');
  });

  it('clears the message once the field is emptied', async () => {
    render(<Field max={10} />);
    const field = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.click(field);
    await userEvent.paste('0123456789AB');
    expect(screen.getByText(/The other 2 characters were not saved/)).toBeInTheDocument();
    await userEvent.clear(field);
    expect(screen.queryByText(/were not saved/)).not.toBeInTheDocument();
  });

  it('counts and explains a cut in Spanish, with plurals, on a Spanish page', async () => {
    render(<Field max={80} />, { locale: 'es' });
    const field = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.click(field);
    await userEvent.paste('n'.repeat(68));
    expect(field).toHaveAccessibleDescription('Anything else. Quedan 12 caracteres');
    await userEvent.type(field, 'n'.repeat(11));
    expect(field).toHaveAccessibleDescription('Anything else. Queda 1 carácter');
    await userEvent.paste('n'.repeat(3));
    expect(field).toHaveValue('n'.repeat(80));
    expect(
      screen.getByText(
        'Solo se guardaron los primeros 80 caracteres. Los otros 2 caracteres no se guardaron.',
      ),
    ).toBeInTheDocument();
  });
});
