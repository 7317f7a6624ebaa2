import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DecisionSummary } from '@/components/guide/decision-summary';
import { renderIntl } from '@/tests/setup/intl';

describe('DecisionSummary', () => {
  it('renders nothing when no optional step has an answer', () => {
    const { container } = renderIntl(<DecisionSummary perspective="self" decision={{}} />);
    expect(container).toBeEmptyDOMElement();
    const empty = renderIntl(<DecisionSummary perspective="self" decision={{ matters: [] }} />);
    expect(empty.container).toBeEmptyDOMElement();
  });

  it('says each answer back in words, pointing being sure to a second opinion and speed to going ahead', () => {
    renderIntl(
      <DecisionSummary perspective="self" decision={{ matters: ['sure-of-diagnosis', 'start-sooner'] }} />,
    );
    const section = screen.getByRole('region', { name: 'What matters to you' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Being sure of the diagnosis matters to you.');
    expect(items[0]).toHaveTextContent('A second opinion is the option that speaks to this.');
    expect(items[1]).toHaveTextContent('Starting treatment sooner matters to you.');
    expect(items[1]).toHaveTextContent('Going ahead with the current plan speaks to this.');
    // Words, not a total.
    expect(section.textContent).not.toMatch(/\d/);
  });

  it('suggests talking it through when someone else leans a way, and says whose choice it is under pressure', () => {
    renderIntl(<DecisionSummary perspective="self" decision={{ others: 'lean-ahead', pressure: 'yes' }} />);
    const section = screen.getByRole('region', { name: 'What matters to you' });
    expect(section).toHaveTextContent(
      /leans towards going ahead with the current plan\.\s*Talk it through together/,
    );
    expect(section).toHaveTextContent('The choice is yours. You can tell your doctor you feel pushed.');
  });

  it('fits the advice to how they want to decide', () => {
    const { rerender } = renderIntl(<DecisionSummary perspective="self" decision={{ role: 'shared' }} />);
    expect(screen.getByRole('region')).toHaveTextContent(
      'You want to decide together with your doctor and family.',
    );
    rerender(<DecisionSummary perspective="self" decision={{ role: 'others' }} />);
    expect(screen.getByRole('region')).toHaveTextContent(
      /You would rather someone else decides\.\s*That is fine/,
    );
  });

  it('is worded for a child and for the person you care for', () => {
    const decision = { matters: ['known-doctor' as const], pressure: 'yes' as const, role: 'alone' as const };
    const { rerender } = renderIntl(<DecisionSummary perspective="child" decision={decision} />);
    const child = screen.getByRole('region').textContent ?? '';
    expect(child).toMatch(/Staying with a doctor your child knows matters to you\./);
    expect(child).toMatch(/The choice is yours and your family’s to make\./);
    rerender(<DecisionSummary perspective="other" decision={decision} />);
    const other = screen.getByRole('region').textContent ?? '';
    expect(other).toMatch(/The choice belongs to the person you care for, with your help\./);
    expect(other).toMatch(/The person you care for wants to decide on their own/);
    expect(other).not.toMatch(/your child/);
  });

  it('offers a link back to the optional steps', () => {
    renderIntl(<DecisionSummary perspective="other" decision={{ others: 'none' }} />);
    expect(
      screen.getByRole('link', { name: 'Change your answers about what matters to you' }),
    ).toHaveAttribute('href', '/guide#matters');
  });

  it('speaks Spanish on a Spanish page, for each perspective, with the link kept in Spanish', () => {
    const decision = {
      matters: ['known-doctor' as const],
      others: 'lean-second' as const,
      role: 'alone' as const,
    };
    const { rerender } = renderIntl(<DecisionSummary perspective="child" decision={decision} />, {
      locale: 'es',
    });
    const section = screen.getByRole('region', { name: 'Lo que le importa' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Le importa que su hijo o hija siga con un médico que conoce.');
    expect(items[1]).toHaveTextContent(
      'Otra persona que es parte de esta decisión prefiere una segunda opinión.',
    );
    expect(items[2]).toHaveTextContent('Pida a cada médico que le explique cada opción para su hijo o hija');
    expect(
      screen.getByRole('link', { name: 'Cambie sus respuestas sobre lo que le importa' }),
    ).toHaveAttribute('href', '/es/guide#matters');
    rerender(<DecisionSummary perspective="other" decision={decision} />);
    expect(screen.getByRole('region')).toHaveTextContent(
      'La persona que usted cuida quiere decidir por su cuenta, después de oír las opciones.',
    );
    expect(screen.getByRole('region').textContent).not.toMatch(/hijo/);
  });
});
