import { fireEvent, screen, within } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { guideStore } from '@/components/guide/guide-store';
import { ResultView } from '@/components/guide/result-view';
import { getContent, getOptions } from '@/lib/content';
import { EMERGENCY_ID, type Perspective } from '@/lib/engine';
import { EMPTY_GUIDE } from '@/lib/guide/state';
import type { Locale } from '@/lib/i18n/locales';
import { renderIntl } from '../setup/intl';

// Store updates outside React events are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

const RESULT_FIGURES = ['meyer-diagnosis', 'meyer-treatment'];
const content = { en: getContent('en'), es: getContent('es') };
const grids = { en: getOptions('en'), es: getOptions('es') };

function save(perspective: Perspective | null, answers: Record<string, string>) {
  act(() => guideStore.getState().replace({ ...EMPTY_GUIDE, perspective, answers }));
}

function renderResult(locale: Locale) {
  const { rules, figures, sources } = content[locale];
  return renderIntl(
    <ResultView
      rules={rules}
      grid={grids[locale]}
      figures={figures.filter((figure) => RESULT_FIGURES.includes(figure.id))}
      sureSource={sources.find((source) => source.id === 'sure-test')}
    />,
    { locale },
  );
}

// Some answers, not all: a result with reasons, cautions, first steps and the unfinished notice.
const SOME = {
  [EMERGENCY_ID]: 'no',
  'serious-diagnosis': 'yes',
  'surgery-recommended': 'yes',
  'cancer-diagnosis': 'yes',
  'time-sensitive': 'yes',
};

beforeAll(() => {
  // Read storage once, so the store is ready before each test saves its answers.
  act(() => guideStore.start());
});
afterEach(() => {
  act(() => guideStore.getState().reset());
  push.mockReset();
});

describe('ResultView in English', () => {
  it('keeps the English words the end-to-end tests look for', () => {
    save('self', SOME);
    renderResult('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Your result' })).toBeVisible();
    expect(screen.getByRole('heading', { name: /questions are not answered yet$/ })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Finish the questions' }).getAttribute('href')).toMatch(
      /^\/guide#self\//,
    );
    expect(screen.getByRole('region', { name: 'In short' })).toHaveTextContent('The main reasons:');
    expect(screen.getByRole('region', { name: 'What to do first' })).toBeVisible();
    expect(screen.getByText(/^More guides and tools for your situation \(\d+\)$/)).toBeVisible();
    expect(screen.getByText('Level 3 of 3:')).toBeVisible();
    expect(screen.getByRole('region', { name: 'The reasons that apply' })).toHaveTextContent(
      'Your answer: Yes',
    );
    expect(screen.getByRole('region', { name: 'Your choices side by side' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Are you ready to decide?' })).toHaveTextContent(
      'Answer the four questions: they show whether you have what you need to make a choice.',
    );
    expect(screen.getByText(/^Asking for: Me\. Based on the answers saved on this device\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Change your answers' })).toHaveAttribute('href', '/guide#check');
    expect(screen.getByRole('button', { name: 'Print this page' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Start again' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'How the guide works' })).toHaveAttribute(
      'href',
      '/about#how-level',
    );
  });
});

describe('ResultView in Spanish', () => {
  it('offers to start when nothing is saved, with a Spanish link', () => {
    save(null, {});
    renderResult('es');
    expect(screen.getByRole('heading', { level: 1, name: 'Su resultado' })).toBeVisible();
    expect(screen.getByText(/^Aún no hay respuestas guardadas en este dispositivo\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Empezar las preguntas' })).toHaveAttribute('href', '/es/guide');
  });

  it('reads right for a child: title, notice, recap, first steps, level, reasons and cautions', () => {
    save('child', SOME);
    renderResult('es');
    expect(screen.getByRole('heading', { level: 1, name: 'El resultado para su hijo o hija' })).toBeVisible();
    expect(
      screen.getByText(/^La consulta es para su hijo o hija\. Se basa en las respuestas guardadas/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Cambiar sus respuestas' })).toHaveAttribute(
      'href',
      '/es/guide#check',
    );

    const notice = screen.getByRole('note');
    expect(
      within(notice).getByRole('heading', { name: /^\d+ preguntas aún no tienen respuesta$/ }),
    ).toBeVisible();
    expect(within(notice).getByRole('link', { name: 'Terminar las preguntas' }).getAttribute('href')).toMatch(
      /^\/es\/guide#child\//,
    );

    const recap = screen.getByRole('region', { name: 'En resumen' });
    expect(recap).toHaveTextContent('Vale mucho la pena pensar en una segunda opinión.');
    expect(recap).toHaveTextContent('Las razones principales:');
    expect(within(recap).getByRole('link', { name: 'Compárelas' })).toHaveAttribute('href', '#options-title');

    const first = screen.getByRole('region', { name: 'Qué hacer primero' });
    const links = within(first).getAllByRole('link', { hidden: true });
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^(\/es\/|#)/);
    expect(within(first).getByRole('link', { name: 'Elija sus preguntas' })).toHaveAttribute(
      'href',
      '/es/questions',
    );
    expect(within(first).getByText(/^Más guías y herramientas para su caso \(\d+\)$/)).toBeVisible();

    const level = screen.getByRole('region', { name: 'Qué tanto pesan las razones' });
    expect(level).toHaveTextContent('Nivel 3 de 3: vale mucho la pena pensarlo');
    expect(within(level).getByRole('link', { name: 'Cómo funciona la guía' })).toHaveAttribute(
      'href',
      '/es/about#how-level',
    );

    const reasons = screen.getByRole('region', { name: 'Las razones que se dan en su caso' });
    expect(reasons).toHaveTextContent('La más importante va primero.');
    expect(reasons).toHaveTextContent('Su respuesta: Sí');

    const cautions = screen.getByRole('region', { name: 'Tenga esto en cuenta' });
    expect(within(cautions).getByRole('link', { name: 'Palabras que puede oír' })).toHaveAttribute(
      'href',
      '/es/learn/glossary',
    );

    const options = screen.getByRole('region', { name: 'Sus opciones, una al lado de la otra' });
    expect(within(options).getByRole('heading', { name: 'Lo que encontró un estudio grande' })).toBeVisible();
    expect(within(options).getAllByRole('img')[0]).toHaveAccessibleName(
      /^15 de cada 100 llenos: Unas 15 de cada 100/,
    );
    for (const link of within(options).getAllByRole('link', { name: /y colegas/ }))
      expect(link.getAttribute('href')).toMatch(/^\/es\/sources#/);

    expect(screen.getByRole('button', { name: 'Imprimir esta página' })).toBeVisible();
  });

  it('words the SURE check in Spanish and counts the yes answers', () => {
    save('self', SOME);
    renderResult('es');
    const sure = screen.getByRole('region', { name: '¿Ya puede decidir?' });
    expect(sure).toHaveTextContent(
      'Responda las cuatro preguntas: muestran si tiene lo que necesita para decidir.',
    );
    const groups = [...sure.querySelectorAll('fieldset')];
    expect(groups).toHaveLength(4);
    groups.forEach((group, i) => fireEvent.click(within(group).getByLabelText(i === 0 ? 'No' : 'Sí')));
    expect(sure).toHaveTextContent('Respondió que sí a 3 de 4.');
    expect(sure).toHaveTextContent('Es normal tener dudas todavía. Estos pasos le pueden ayudar:');
  });

  it('asks before starting again, in Spanish, and returns to the Spanish wizard', () => {
    save('other', SOME);
    renderResult('es');
    expect(
      screen.getByRole('heading', { level: 1, name: 'El resultado para la persona que usted cuida' }),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Empezar de nuevo' }));
    expect(screen.getByRole('heading', { name: '¿Borrar sus respuestas y empezar de nuevo?' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'No, conservar mis respuestas' })).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Sí, borrar mis respuestas' }));
    expect(push).toHaveBeenCalledWith('/es/guide');
  });

  it('says the urgent result with the emergency and crisis lines', () => {
    save('self', { [EMERGENCY_ID]: 'yes' });
    renderResult('es');
    expect(screen.getByRole('heading', { level: 1, name: 'Pida ayuda de emergencia ahora' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Llame al 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByText(/^En una crisis de salud mental, llame o envíe un texto al/)).toBeVisible();
    expect(screen.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Revisar o cambiar sus respuestas' })).toHaveAttribute(
      'href',
      '/es/guide#check',
    );
    expect(screen.queryByText(/Nivel \d de 3/)).toBeNull();
  });

  it('names one unanswered question in the singular', () => {
    const { rules } = content.es;
    const all = Object.fromEntries(
      rules.triggers.map((trigger) => [trigger.id, trigger.answers.at(-1)!.value]),
    );
    delete all['peace-of-mind'];
    save('self', { ...all, [EMERGENCY_ID]: 'no' });
    renderResult('es');
    expect(screen.getByRole('heading', { name: '1 pregunta aún no tiene respuesta' })).toBeVisible();
  });
});
