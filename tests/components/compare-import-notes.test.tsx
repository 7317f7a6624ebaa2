import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareStore } from '@/components/compare/compare-store';
import { OpinionsEditor } from '@/components/compare/opinions-editor';
import { questionsStore } from '@/components/questions/questions-store';
import { EMPTY_COMPARE } from '@/lib/compare/state';
import { getContent } from '@/lib/content';
import { renderIntl } from '../setup/intl';

const ES = getContent('es');
const EN = getContent('en');

beforeEach(() => {
  localStorage.clear();
  act(() => {
    compareStore.getState().replace(EMPTY_COMPARE);
    questionsStore.getState().replace({
      chosen: [
        { id: 'how-sure' },
        { id: 'what-are-the-risks' },
        { id: 'own-1', text: 'Can I keep working?' },
      ],
      doctors: [{ id: 'a', name: 'Dr Lee' }],
      notes: {
        'how-sure': { a: 'Very sure' },
        'what-are-the-risks': { a: 'Small risk of infection' },
        'own-1': { a: 'Yes' },
      },
    });
  });
});

describe('Adding visit notes to the opinions', () => {
  it('puts each note in its field, says how many went where, and adds nothing the second time', async () => {
    const user = userEvent.setup();
    renderIntl(<OpinionsEditor words={EN.compare} topics={EN.questionTopics} />);
    const button = await screen.findByRole('button', { name: 'Add my visit notes to the opinions' });
    await user.click(button);
    const one = screen.getByRole('region', { name: 'Opinion 1: Dr Lee' });
    expect(within(one).getByLabelText('The diagnosis')).toHaveValue(
      'How sure are you about the diagnosis? What would make you more sure? — Very sure',
    );
    expect(within(one).getByLabelText('Risks and side effects')).toHaveValue(
      'What are the risks? — Small risk of infection',
    );
    expect(within(one).getByLabelText('Other notes')).toHaveValue('Can I keep working? — Yes');
    expect(
      screen.getAllByText(
        'Added 3 notes: 1 to “The diagnosis”, 1 to “Risks and side effects”, and 1 to “Other notes”.',
      ).length,
    ).toBeGreaterThan(0);
    await user.click(button);
    expect(screen.getAllByText('Your visit notes are already here.').length).toBeGreaterThan(0);
    expect(within(one).getByLabelText('Other notes')).toHaveValue('Can I keep working? — Yes');
  });

  it('says it in Spanish, with the plural', async () => {
    const user = userEvent.setup();
    renderIntl(<OpinionsEditor words={ES.compare} topics={ES.questionTopics} />, { locale: 'es' });
    await user.click(
      await screen.findByRole('button', { name: 'Agregar mis notas de la cita a las opiniones' }),
    );
    expect(
      screen.getAllByText(
        'Se agregaron 3 notas: 1 en “El diagnóstico”, 1 en “Riesgos y efectos secundarios” y 1 en “Otras notas”.',
      ).length,
    ).toBeGreaterThan(0);
  });
});
