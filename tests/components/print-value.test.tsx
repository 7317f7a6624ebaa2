import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonGrid } from '@/components/compare/comparison-grid';
import { SureCheck } from '@/components/guide/sure-check';
import { ClinicHandout, shortAddress } from '@/components/share/clinic-handout';
import { LimitedText } from '@/components/ui/limited-text';
import { PrintTick, PrintValue, WriteLines } from '@/components/ui/print-value';
import { EMPTY_COMPARE, setMark, updateOpinion } from '@/lib/compare/state';
import { getContent } from '@/lib/content';
import { renderIntl } from '../setup/intl';

/** The element that shows only on paper: `hidden` on screen, `print:block` in print. */
const printOnly = (container: HTMLElement) => container.querySelector('.print-value') as HTMLElement | null;

describe('PrintValue', () => {
  it('holds the answer as text, hidden on screen and shown on paper', () => {
    const { container } = render(<PrintValue value="  Keyhole surgery  " />);
    const value = printOnly(container)!;
    expect(value).toHaveAttribute('data-print', 'Keyhole surgery');
    // Drawn by CSS on paper, so the words are not in the page a second time.
    expect(value).toHaveTextContent(/^$/);
    expect(value.className).toMatch(/(^|\s)hidden(\s|$)/);
    expect(value.className).toMatch(/(^|\s)print:block(\s|$)/);
  });

  it('prints what it is given for a blank answer, and nothing when given nothing', () => {
    const { container, rerender } = render(<PrintValue value="   " empty="Not answered" />);
    expect(printOnly(container)).toHaveAttribute('data-print', 'Not answered');
    rerender(<PrintValue value="" empty={<WriteLines count={3} />} />);
    expect(printOnly(container)!.querySelectorAll('.write-lines > span')).toHaveLength(3);
    rerender(<PrintValue value={null} />);
    expect(printOnly(container)).toBeNull();
  });

  it('marks a tick as ☑ or ☐ that screen readers skip', () => {
    const { container, rerender } = render(<PrintTick checked />);
    const mark = container.firstElementChild as HTMLElement;
    expect(mark).toHaveAttribute('data-print', '☑');
    expect(mark).toHaveAttribute('aria-hidden', 'true');
    expect(mark.className).toMatch(/(^|\s)print:inline(\s|$)/);
    rerender(<PrintTick checked={false} />);
    expect(container.firstElementChild).toHaveAttribute('data-print', '☐');
  });
});

describe('form controls on paper', () => {
  it('a limited text field hides its box on paper and prints the text it holds', () => {
    const { container } = renderIntl(
      <>
        <label htmlFor="n">Notes</label>
        <LimitedText
          id="n"
          value="Six weeks of physio first"
          max={100}
          rows={3}
          onChange={() => {}}
          className=""
        />
      </>,
    );
    const box = screen.getByRole('textbox', { name: 'Notes' });
    expect(box.className).toMatch(/(^|\s)print:hidden(\s|$)/);
    expect(printOnly(container)).toHaveAttribute('data-print', 'Six weeks of physio first');
  });

  it('an empty limited text field prints lines to write on when asked', () => {
    const { container } = renderIntl(
      <LimitedText
        id="n"
        value=""
        max={100}
        onChange={() => {}}
        className=""
        printEmpty={<WriteLines count={2} />}
      />,
    );
    expect(printOnly(container)!.querySelectorAll('.write-lines > span')).toHaveLength(2);
  });

  it('the SURE check prints each answer as a word, and “Not answered” where there is none', () => {
    const items = [
      { id: 'sure', question: 'Do you feel sure about the best choice?', help: '' },
      { id: 'support', question: 'Do you have enough support?', help: '' },
    ];
    const { container } = renderIntl(
      <SureCheck items={items} answers={{ sure: 'no' }} onAnswer={() => {}} />,
    );
    const first = screen.getByRole('group', { name: 'Do you feel sure about the best choice?' });
    const second = screen.getByRole('group', { name: 'Do you have enough support?' });
    expect(first.querySelector('.print-value')).toHaveAttribute('data-print', 'No');
    expect(second.querySelector('.print-value')).toHaveAttribute('data-print', 'Not answered');
    // The radio buttons and their labels stay off the paper, and stay one control each on screen.
    for (const radio of screen.getAllByRole('radio', { name: 'No' }))
      expect(radio.closest('.print\\:hidden')).not.toBeNull();
    expect(container.querySelectorAll('.print-value')).toHaveLength(2);
  });

  it('a row’s mark prints as words, and its radios stay one control each on screen', () => {
    let state = updateOpinion(EMPTY_COMPARE, 'opinion-1', 'diagnosis', 'Gallstones');
    state = updateOpinion(state, 'opinion-2', 'diagnosis', 'Stones');
    state = updateOpinion(state, 'opinion-1', 'plan', 'Surgery');
    state = updateOpinion(state, 'opinion-2', 'plan', 'Wait');
    const { container } = renderIntl(
      <ComparisonGrid
        comparison={setMark(state, 'diagnosis', 'partly')}
        words={getContent('en').compare}
        onMark={() => {}}
      />,
    );
    const diagnosis = screen.getByRole('group', {
      name: 'What is the diagnosis? Do the doctors agree on this?',
    });
    const plan = screen.getByRole('group', { name: 'What do they suggest? Do the doctors agree on this?' });
    expect(screen.getAllByRole('radio', { name: 'Partly agree' })).toHaveLength(2);
    expect(printOnly(diagnosis)).toHaveAttribute('data-print', 'Partly agree');
    expect(printOnly(plan)).toHaveAttribute('data-print', 'Not marked yet');
    for (const radio of screen.getAllByRole('radio')) expect(radio.closest('.print\\:hidden')).not.toBeNull();
    expect(container.querySelectorAll('.print-value')).toHaveLength(2);
  });
});

describe('the clinic handout', () => {
  const url = 'https://guide.example.org/es/guide#clinic=abc123';

  it('gives a short address to type: host and page, no scheme and no clinic details', () => {
    expect(shortAddress(url)).toBe('guide.example.org/es/guide');
    expect(shortAddress('http://localhost:3100/#clinic=x')).toBe('localhost:3100');
  });

  it('carries the clinic’s name, note, contact and the address to type', () => {
    const clinic = { name: 'Riverside', contact: '555-0100', note: 'Ask us for help.' };
    renderIntl(<ClinicHandout clinic={clinic} url={url} svg="<svg></svg>" />);
    const handout = screen.getByRole('region', { name: 'Riverside: thinking about a second opinion?' });
    expect(handout).toHaveTextContent('A note from Riverside');
    expect(handout).toHaveTextContent('Ask us for help.');
    expect(handout).toHaveTextContent('For records requests: 555-0100');
    expect(screen.getByTestId('short-address')).toHaveTextContent(/^guide\.example\.org\/es\/guide$/);
    expect(screen.getByRole('img', { name: 'QR code that opens the guide' })).toBeInTheDocument();
  });

  it('leaves out the note and contact when the clinic gave none', () => {
    renderIntl(<ClinicHandout clinic={{ name: 'Riverside', contact: '', note: '' }} url={url} svg="" />);
    expect(screen.queryByText(/A note from/)).toBeNull();
    expect(screen.queryByText(/For records requests/)).toBeNull();
  });
});
