import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { guideStore } from '@/components/guide/guide-store';
import { QuestionsView } from '@/components/questions/questions-view';
import { questionsStore } from '@/components/questions/questions-store';
import { VisitNotes } from '@/components/questions/visit-notes';
import { SHARED_PARTS, type SharedContent } from '@/components/share/shared-parts';
import { getContent } from '@/lib/content';
import type { Perspective } from '@/lib/engine/types';
import { EMPTY_GUIDE } from '@/lib/guide/state';
import { EMPTY_QUESTIONS } from '@/lib/questions/state';
import { renderIntl } from '../setup/intl';

const EN = getContent('en');
const ES = getContent('es');

const SELF = 'Could something else explain my symptoms?';
const CHILD = "Could something else explain my child's symptoms?";
const OTHER = 'Could something else explain the symptoms of the person I care for?';

function seed(perspective: Perspective | null, chosen = [{ id: 'something-else' }]) {
  act(() => {
    guideStore.getState().replace({ ...EMPTY_GUIDE, perspective });
    questionsStore.getState().replace({ ...EMPTY_QUESTIONS, chosen });
  });
}

beforeEach(() => localStorage.clear());

describe('the question bank on /questions', () => {
  it.each([
    ['child', CHILD, 'These questions are worded for asking about your child, as you told the guide.'],
    [
      'other',
      OTHER,
      'These questions are worded for asking about the person you care for, as you told the guide.',
    ],
  ] as const)(
    'for %s: the bank and the list use that wording, and say why',
    async (perspective, text, note) => {
      seed(perspective);
      renderIntl(<QuestionsView topics={EN.questionTopics} />);
      expect(await screen.findByRole('checkbox', { name: text })).toBeChecked();
      expect(screen.queryByRole('checkbox', { name: SELF })).toBeNull();
      expect(screen.getByRole('region', { name: /Your list/ })).toHaveTextContent(text);
      expect(screen.getByText(note)).toBeInTheDocument();
    },
  );

  it('for oneself, or before the guide is answered: the person’s own wording and no note', async () => {
    seed(null);
    renderIntl(<QuestionsView topics={EN.questionTopics} />);
    expect(await screen.findByRole('checkbox', { name: SELF })).toBeChecked();
    expect(screen.queryByText(/worded for asking about/)).toBeNull();
  });

  it('in Spanish for a child', async () => {
    seed('child');
    renderIntl(<QuestionsView topics={ES.questionTopics} />, { locale: 'es' });
    expect(
      await screen.findByRole('checkbox', {
        name: '¿Podría otra cosa explicar los síntomas de mi hijo o hija?',
      }),
    ).toBeChecked();
    expect(screen.getByText(/escritas para preguntar por su hijo o hija/)).toBeInTheDocument();
  });
});

describe('visit mode', () => {
  it('lists the chosen questions worded for the person cared for', async () => {
    seed('other');
    renderIntl(<VisitNotes topics={EN.questionTopics} />);
    expect(await screen.findByRole('heading', { level: 2, name: `1. ${OTHER}` })).toBeInTheDocument();
  });
});

describe('a shared list of questions', () => {
  const content = { topics: EN.questionTopics } as SharedContent;
  const data = {
    ...EMPTY_QUESTIONS,
    chosen: [{ id: 'something-else' }, { id: 'own-1', text: 'Can it wait?' }],
  };
  const View = SHARED_PARTS.questions.View;

  it('is worded as the viewer’s own guide says, with their own questions as typed', async () => {
    seed('child', []);
    renderIntl(<View data={data} content={content} />);
    expect(await screen.findByText(`1. ${CHILD}`)).toBeInTheDocument();
    expect(screen.getByText('2. Can it wait?')).toBeInTheDocument();
  });

  it('is worded for oneself when the viewer has not answered the guide', async () => {
    seed(null, []);
    renderIntl(<View data={data} content={content} />);
    expect(await screen.findByText(`1. ${SELF}`)).toBeInTheDocument();
  });
});
