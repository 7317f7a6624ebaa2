import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import ErrorPage from '@/app/error';

it('apologises, says nothing was lost, and offers to try again or go home', async () => {
  const reset = vi.fn();
  render(<ErrorPage error={new Error('boom')} reset={reset} />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sorry, something went wrong');
  expect(screen.getByText(/Nothing you saved on this device has been lost/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'go to the home page' })).toHaveAttribute('href', '/');
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(reset).toHaveBeenCalledOnce();
});
