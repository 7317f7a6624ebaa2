import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CheckAnswers } from '@/components/guide/check-answers';
import { EmergencyNext } from '@/components/guide/emergency-next';
import { GuideResume } from '@/components/guide/guide-resume';
import { ProgressLine } from '@/components/guide/guide-wizard';
import { PerspectiveStep } from '@/components/guide/perspective-step';
import { TriggerStep, type WizardQuestion } from '@/components/guide/trigger-step';
import { getRules } from '@/lib/content';
import { EMERGENCY_ID, questionsFor } from '@/lib/engine';
import type { FlowRules } from '@/lib/guide/flow';
import { EMPTY_GUIDE, type GuideState } from '@/lib/guide/state';
import { renderIntl } from '@/tests/setup/intl';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

/** The wizard's questions in Spanish, as the Spanish guide page hands them over. */
let triggers: WizardQuestion[];
let rules: FlowRules;
beforeAll(() => {
  triggers = getRules('es').triggers.map(({ id, order, perspectives, askWhen, question, hint, answers }) => ({
    id,
    order,
    perspectives,
    ...(askWhen ? { askWhen } : {}),
    question,
    hint,
    answers: answers.map(({ value, label }) => ({ value, label })),
  }));
  rules = { triggers };
}, 60_000);

const es = { locale: 'es' as const };

describe('the guide in Spanish', () => {
  it('asks who the questions are for, and counts saved answers with a plural', async () => {
    const one: GuideState = { ...EMPTY_GUIDE, perspective: 'child', answers: { [EMERGENCY_ID]: 'no' } };
    const { unmount } = renderIntl(
      <>
        <PerspectiveStep state={one} change={false} ready onAnswer={vi.fn()} />
        <GuideResume state={one} href="#child/time-sensitive" onStartAgain={vi.fn()} />
      </>,
      es,
    );
    expect(screen.getByText('Tiene 1 respuesta guardada en este dispositivo.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Seguir donde lo dejó' })).toHaveAttribute(
      'href',
      '#child/time-sensitive',
    );
    expect(screen.getByRole('button', { name: 'Empezar de nuevo' })).toBeVisible();
    const group = screen.getByRole('group', { name: '¿Para quién pregunta?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.nextElementSibling?.textContent),
    ).toEqual(['Para mí', 'Para mi hijo o hija', 'Para una persona que cuido']);
    unmount();
    const five = { ...one, answers: Object.fromEntries(triggers.slice(0, 5).map((t) => [t.id, 'no'])) };
    renderIntl(<GuideResume state={five} href={null} onStartAgain={vi.fn()} />, es);
    expect(screen.getByText('Tiene 5 respuestas guardadas en este dispositivo.')).toBeVisible();
  });

  it('names the missing answer in Spanish', async () => {
    renderIntl(<PerspectiveStep state={EMPTY_GUIDE} change={false} ready onAnswer={vi.fn()} />, es);
    await userEvent.click(screen.getByRole('button', { name: 'Seguir' }));
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Hay un error: ?Elija para quién pregunta/);
    expect(screen.getByRole('link', { name: 'Elija para quién pregunta' })).toBeVisible();
  });

  it('says where the question is, and how many may follow, for each perspective', () => {
    for (const perspective of ['self', 'child', 'other'] as const) {
      const state: GuideState = { ...EMPTY_GUIDE, perspective, answers: { [EMERGENCY_ID]: 'no' } };
      const asked = questionsFor(rules, { perspective, answers: state.answers });
      const second = triggers.find((t) => t.id === asked[1]!.id)!;
      const view = { kind: 'question', perspective, id: second.id, change: false } as const;
      const { unmount } = renderIntl(
        <>
          <ProgressLine at={{ view, state }} rules={rules} ready />
          <TriggerStep trigger={second} perspective={perspective} state={state} ready onAnswer={vi.fn()} />
        </>,
        es,
      );
      expect(screen.getByText('Pregunta 2')).toBeVisible();
      expect(screen.getByText(/^Faltan hasta \d+ preguntas más después de esta\.$/)).toBeVisible();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(second.question[perspective]);
      unmount();
    }
  });

  it('counts an optional step on from the questions, and says when it is the last', () => {
    const state: GuideState = { ...EMPTY_GUIDE, perspective: 'child', answers: { [EMERGENCY_ID]: 'no' } };
    const asked = questionsFor(rules, { perspective: 'child', answers: state.answers }).length;
    const view = { kind: 'decision', step: 'role', change: false } as const;
    renderIntl(<ProgressLine at={{ view, state }} rules={rules} ready />, es);
    expect(screen.getByText(`Pregunta ${asked + 4} (opcional)`)).toBeVisible();
    expect(screen.getByText('Esta es la última pregunta.')).toBeVisible();
  });

  it('lets the person check their answers in Spanish', () => {
    const state = { ...EMPTY_GUIDE, perspective: 'other' as const, answers: { [EMERGENCY_ID]: 'no' } };
    renderIntl(<CheckAnswers triggers={triggers} state={state} onStartAgain={vi.fn()} />, es);
    expect(screen.getByRole('heading', { level: 1, name: 'Revise sus respuestas' })).toBeVisible();
    expect(screen.getByText('Para quién pregunta')).toBeVisible();
    expect(screen.getByText('Para una persona que cuido')).toBeVisible();
    // The whole sentence is the name: the short visible word is not read twice.
    expect(screen.getByRole('link', { name: 'Cambiar su respuesta a: Para quién pregunta' })).toBeVisible();
    expect(
      screen.getByRole('link', {
        name: 'Contestar la pregunta: ¿Cómo quiere tomar esta decisión la persona que usted cuida?',
      }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Lo que le importa (opcional)' })).toBeVisible();
    expect(screen.getByText('¿Cómo quiere tomar esta decisión la persona que usted cuida?')).toBeVisible();
    expect(
      screen.getByText(/preguntas no tienen respuesta todavía\. Puede contestarlas ahora/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Vea su resultado' })).toHaveAttribute(
      'href',
      '/es/guide/result',
    );
  });

  it('gives the emergency lines as the rest of the Spanish site words them', () => {
    const at = {
      view: { kind: 'emergency' as const, change: false },
      state: { ...EMPTY_GUIDE, perspective: 'child' as const, answers: { [EMERGENCY_ID]: 'yes' } },
    };
    renderIntl(
      <EmergencyNext emergency={{ summary: 'Resumen', html: '' }} at={at} rules={rules} ready />,
      es,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Pida ayuda de emergencia ahora' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Llame al 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByText('Fuera de los EE. UU., llame al número de emergencias local.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'llamar al 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'enviar un texto al 988' })).toHaveAttribute('href', 'sms:988');
    expect(screen.getByRole('heading', { name: 'Si le preocupa su hijo o hija' })).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Cambie su respuesta sobre las señales de emergencia' }),
    ).toBeVisible();
  });
});
