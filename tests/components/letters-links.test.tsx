import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResultSummary } from '@/components/guide/result-summary';
import { lettersStore } from '@/components/letters/letters-store';
import { DeviceData } from '@/components/share/device-data';
import { getRules } from '@/lib/content';
import { assess } from '@/lib/engine';
import { setDetail } from '@/lib/letters/state';
import type { Locale } from '@/lib/i18n/locales';
import { renderIntl } from '../setup/intl';

function renderSummary(locale: Locale) {
  const result = assess(
    { perspective: 'child', answers: { 'emergency-symptoms': 'no', 'serious-diagnosis': 'yes' } },
    getRules(locale),
  );
  return renderIntl(<ResultSummary result={result} />, { locale });
}

describe('letters from the result’s first steps', () => {
  it('offers the message beside “tell the doctor” and the records request beside “records”, in the page’s language', () => {
    renderSummary('en');
    const steps = within(screen.getByRole('region', { name: 'What to do first' })).getAllByRole('listitem');
    const tell = steps.find((step) => step.textContent?.includes('Tell your child'))!;
    expect(within(tell).getByRole('link', { name: 'Write a message to the doctor' })).toHaveAttribute(
      'href',
      '/letters/first-doctor',
    );
    const records = steps.find((step) => step.textContent?.includes('Ask for records'))!;
    expect(within(records).getByRole('link', { name: 'Write a records request' })).toHaveAttribute(
      'href',
      '/letters/records-request',
    );
    expect(screen.getAllByRole('link', { name: /^Write a/ })).toHaveLength(2);
  });

  it('links the Spanish letters from the Spanish result', () => {
    renderSummary('es');
    expect(screen.getByRole('link', { name: 'Escribir una carta para pedir el expediente' })).toHaveAttribute(
      'href',
      '/es/letters/records-request',
    );
  });
});

describe('Delete everything', () => {
  it('lists the letters and deletes them with the rest', async () => {
    localStorage.clear();
    act(() => lettersStore.getState().replace((current) => setDetail(current, 'yourName', 'Ana')));
    expect(localStorage.getItem('sog.letters')).not.toBeNull();
    renderIntl(<DeviceData />);
    const row = screen.getByRole('row', { name: /sog\.letters/ });
    expect(row).toHaveTextContent('The details and wording of your letters to doctors');
    expect(row).toHaveTextContent('Yes');
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything on this device' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(localStorage.getItem('sog.letters')).toBeNull();
    expect(lettersStore.getState().details).toEqual({});
  });
});
