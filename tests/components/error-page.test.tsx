import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import ErrorPage from '@/app/(en)/error';
import SpanishErrorPage from '@/app/es/error';

it('apologises, says nothing was lost, and offers to try again or go home', async () => {
  const reset = vi.fn();
  render(<ErrorPage error={new Error('boom')} reset={reset} />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sorry, something went wrong');
  expect(screen.getByText(/Nothing you saved on this device has been lost/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'go to the home page' })).toHaveAttribute('href', '/');
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(reset).toHaveBeenCalledOnce();
});

it('speaks Spanish on Spanish pages and goes home to /es', () => {
  render(<SpanishErrorPage error={new Error('boom')} reset={vi.fn()} />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lo sentimos, algo salió mal');
  expect(screen.getByRole('link', { name: 'ir a la página de inicio' })).toHaveAttribute('href', '/es');
});
