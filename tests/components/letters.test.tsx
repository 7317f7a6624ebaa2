import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compareStore } from '@/components/compare/compare-store';
import { guideStore } from '@/components/guide/guide-store';
import { LetterView } from '@/components/letters/letter-view';
import { lettersStore } from '@/components/letters/letters-store';
import { questionsStore } from '@/components/questions/questions-store';
import { EMPTY_COMPARE, updateOpinion } from '@/lib/compare/state';
import { EMPTY_GUIDE } from '@/lib/guide/state';
import type { Locale } from '@/lib/i18n/locales';
import type { LetterKind } from '@/lib/letters/state';
import { EMPTY_QUESTIONS } from '@/lib/questions/state';
import { renderIntl } from '../setup/intl';

// A bank question worded three ways, as content/questions gives it.
const BANK_1 = {
  self: 'What else could explain my symptoms?',
  child: 'What else could explain my child’s symptoms?',
  other: 'What else could explain their symptoms?',
};

const HIPAA = [{ id: 'hipaa-access', citation: 'HIPAA Privacy Rule: the right of access.', year: null }];

function renderLetter(
  kind: LetterKind,
  perspective: 'self' | 'child' | 'other' | null,
  locale: Locale = 'en',
) {
  act(() => guideStore.getState().replace({ ...EMPTY_GUIDE, perspective }));
  return renderIntl(
    <LetterView
      kind={kind}
      questionTexts={{ 'bank-1': BANK_1 }}
      sources={kind === 'records-request' ? HIPAA : []}
    />,
    { locale },
  );
}

const letter = () =>
  screen.findByRole('textbox', { name: /^(The letter|La carta)$/ }) as Promise<HTMLTextAreaElement>;

beforeEach(() => {
  localStorage.clear();
  act(() => {
    lettersStore.getState().reset();
    compareStore.getState().replace(EMPTY_COMPARE);
    questionsStore.getState().replace(EMPTY_QUESTIONS);
  });
});

describe('message to the first doctor', () => {
  it('for oneself: asks for a second opinion, says it is not a complaint, asks for copies', async () => {
    const user = userEvent.setup();
    renderLetter('first-doctor', null);
    await user.type(await screen.findByLabelText('Your name'), 'Ana Ruiz');
    await user.type(screen.getByLabelText('First doctor or their office'), 'Dr. Lee');
    const text = (await letter()).value;
    expect(text).toMatch(/^Dear Dr\. Lee,/);
    expect(text).toContain('I would like to get a second opinion');
    expect(text).toContain('This is not a complaint.');
    expect(text).toContain('Please send me copies of my records');
    expect(text).not.toContain('permission');
    expect(text).toMatch(/Kind regards,\nAna Ruiz$/);
    expect(screen.queryByLabelText('Name of the person you care for')).toBeNull();
  });

  it('for someone cared for: names them, asks where to send, and mentions their signed permission', async () => {
    const user = userEvent.setup();
    renderLetter('first-doctor', 'other');
    await user.type(await screen.findByLabelText('Name of the person you care for'), 'Rosa Díaz');
    await user.type(screen.getByLabelText('Your name'), 'Luis Díaz');
    await user.type(screen.getByLabelText('Where to send the records'), 'Dr. Park, 1 Main St');
    const text = (await letter()).value;
    expect(text).toContain('Thank you for caring for Rosa Díaz.');
    expect(text).toContain(
      'Please send their records, test results and scan images to:\nDr. Park, 1 Main St',
    );
    expect(text).toContain('signed permission');
    expect(text).toContain('Luis Díaz\nHelping to care for Rosa Díaz');
  });

  it('in Spanish, for a child', async () => {
    const user = userEvent.setup();
    renderLetter('first-doctor', 'child', 'es');
    await user.type(await screen.findByLabelText('Nombre de su hijo o hija'), 'Sam');
    const text = (await letter()).value;
    expect(text).toMatch(/^Estimado\(a\) doctor\(a\):/);
    expect(text).toContain('Gracias por atender a mi hijo o hija, Sam.');
    expect(text).toContain('No es una queja.');
    expect(text).toContain('Madre, padre o tutor de Sam');
  });
});

describe('records request letter', () => {
  it('for a child: patient, records, dates, format, the HIPAA right with its source, the fee and a signature line', async () => {
    const user = userEvent.setup();
    renderLetter('records-request', 'child');
    await user.type(await screen.findByLabelText('Your child’s name'), 'Sam Ruiz');
    await user.type(screen.getByLabelText('Your child’s date of birth'), 'May 2, 2018');
    await user.click(screen.getByLabelText('List of medicines'));
    await user.click(screen.getByLabelText('Visit notes'));
    await user.type(screen.getByLabelText('From'), 'January 2026');
    await user.click(screen.getByLabelText('Paper copies'));
    const text = (await letter()).value;
    expect(text).toContain('Patient: Sam Ruiz\nDate of birth: May 2, 2018');
    expect(text).toContain('copies of my child’s medical records');
    expect(text).toContain('- List of medicines');
    expect(text).not.toContain('- Visit notes');
    expect(text).toContain('Dates: from January 2026 to today');
    expect(text).toContain('Format: paper copies');
    expect(text).toContain('HIPAA Privacy Rule');
    expect(text).toContain('reasonable fee');
    expect(text).toContain('Relationship to the patient: parent or guardian');
    expect(text).toMatch(/Signature: _+/);
    // Listed twice: folded on screen, unfolded for paper.
    for (const link of screen.getAllByRole('link', { name: /HIPAA Privacy Rule/ }))
      expect(link).toHaveAttribute('href', '/sources#hipaa-access');
  });
});

describe('summary for the second doctor', () => {
  it('takes the first opinion and chosen questions, and is worded for someone cared for', async () => {
    act(() => {
      compareStore.getState().replace(updateOpinion(EMPTY_COMPARE, 'opinion-1', 'diagnosis', 'Gallstones'));
      questionsStore
        .getState()
        .replace({ ...EMPTY_QUESTIONS, chosen: [{ id: 'bank-1' }, { id: 'own', text: 'Can it wait?' }] });
    });
    const user = userEvent.setup();
    renderLetter('doctor-summary', 'other');
    await user.type(await screen.findByLabelText('Your name'), 'Luis');
    const text = (await letter()).value;
    expect(text).toMatch(/^Summary for a second opinion visit/);
    expect(text).toContain('Diagnosis, as the first doctor told it:\nGallstones');
    expect(text).toContain(
      'What we want to know:\n1. What else could explain their symptoms?\n2. Can it wait?',
    );
    expect(text).toContain('Written by Luis, who helps care for the patient');
    expect(screen.getByLabelText('Diagnosis, as the first doctor told it')).toHaveValue('Gallstones');
  });

  it('lists a chosen bank question as a parent asks it, and as it was for oneself', async () => {
    act(() => questionsStore.getState().replace({ ...EMPTY_QUESTIONS, chosen: [{ id: 'bank-1' }] }));
    const { unmount } = renderLetter('doctor-summary', 'child');
    expect((await letter()).value).toContain('1. What else could explain my child’s symptoms?');
    unmount();
    renderLetter('doctor-summary', null);
    expect((await letter()).value).toContain('1. What else could explain my symptoms?');
  });
});

describe('editing, resetting, sending', () => {
  it('keeps the person’s wording when details change and after a reload, and asks before starting again', async () => {
    const user = userEvent.setup();
    const { unmount } = renderLetter('first-doctor', 'self');
    const field = await letter();
    await user.clear(field);
    await user.type(field, 'Hello, my own words.');
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    expect(field).toHaveValue('Hello, my own words.');
    expect(JSON.parse(localStorage.getItem('sog.letters')!).state.texts['first-doctor']).toBe(
      'Hello, my own words.',
    );

    unmount();
    renderLetter('first-doctor', 'self');
    expect(await letter()).toHaveValue('Hello, my own words.');

    await user.click(screen.getByRole('button', { name: 'Start the wording again from my details' }));
    const ask = screen.getByRole('region', { name: 'Start the wording again?' });
    expect(await letter()).toHaveValue('Hello, my own words.');
    await user.click(within(ask).getByRole('button', { name: 'No, keep my wording' }));
    expect(await letter()).toHaveValue('Hello, my own words.');

    await user.click(screen.getByRole('button', { name: 'Start the wording again from my details' }));
    await user.click(screen.getByRole('button', { name: 'Yes, start again' }));
    expect((await letter()).value).toMatch(/Kind regards,\nAna$/);
    expect(screen.queryByRole('button', { name: 'Start the wording again from my details' })).toBeNull();
  });

  it('opens the email app with the address, subject and body encoded', async () => {
    const user = userEvent.setup();
    renderLetter('records-request', 'self');
    await user.type(await screen.findByLabelText('Doctor’s or office email'), 'records@clinic.example');
    const href = screen.getByRole('link', { name: 'Open in my email app' }).getAttribute('href')!;
    expect(
      href.startsWith(
        'mailto:records@clinic.example?subject=Request%20for%20copies%20of%20medical%20records&body=',
      ),
    ).toBe(true);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body.replace(/\r\n/g, '\n')).toBe((await letter()).value);
    expect(href).not.toMatch(/[\s\n]/);
  });

  it('says when the letter was copied, and selects it when copying is blocked', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderLetter('first-doctor', 'self');
    const field = await letter();
    await user.click(screen.getByRole('button', { name: 'Copy the letter' }));
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(await screen.findByRole('status')).toHaveTextContent(/^Copied\./);

    writeText.mockRejectedValueOnce(new Error('blocked'));
    await user.click(screen.getByRole('button', { name: 'Copy the letter' }));
    expect(await screen.findByText(/^Could not copy\./)).toBeInTheDocument();
    expect(document.activeElement).toBe(field);
  });

  it('prints the letter as text, not as a form control', async () => {
    renderLetter('first-doctor', 'self');
    const field = await letter();
    expect(field).toHaveClass('print:hidden');
    const printed = document.querySelector('[data-letter-print]')!;
    expect(printed).toHaveClass('hidden', 'print:block', 'whitespace-pre-wrap');
    expect(printed.textContent).toBe(field.value);
  });
});
