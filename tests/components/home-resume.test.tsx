import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HomeResume } from '@/components/guide/home-resume';
import type { ResumeWords } from '@/components/guide/home-resume-panel';
import { getRules } from '@/lib/content';
import { EMERGENCY_ID, routingView } from '@/lib/engine';
import type { FlowRules } from '@/lib/guide/flow';
import { GUIDE_KEY } from '@/lib/guide/paths';
import { messagesFor } from '@/lib/i18n/messages';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

let rules: FlowRules;
beforeAll(() => {
  rules = routingView(getRules('en'));
}, 60_000);

const guide = messagesFor('en').guide;
const words: ResumeWords = { ...guide.resume, startAgain: guide.startAgain };
const store = (state: object) => localStorage.setItem(GUIDE_KEY, JSON.stringify({ state, version: 2 }));
const EMPTY = { perspective: null, answers: {}, sure: {}, decision: {} };

afterEach(() => localStorage.clear());

describe('HomeResume', () => {
  it('shows nothing when nothing is saved', async () => {
    render(<HomeResume locale="en" rules={rules} words={words} />);
    await act(async () => {});
    expect(screen.queryByRole('region', { name: 'Your saved answers' })).toBeNull();
  });

  it('carries on at the first question still open, in the page language', async () => {
    store({ ...EMPTY, perspective: 'child', answers: { [EMERGENCY_ID]: 'no' } });
    render(<HomeResume locale="es" rules={rules} words={words} />);
    const link = await screen.findByRole('link', { name: 'Carry on where you left off' });
    expect(link).toHaveAttribute('href', '/es/guide#child/time-sensitive');
    expect(screen.getByRole('region', { name: 'Your saved answers' })).toHaveTextContent(
      'You have answers saved on this device.',
    );
  });

  it('deletes the answers after asking, and says so where the box was', async () => {
    store({ ...EMPTY, perspective: 'self', answers: { [EMERGENCY_ID]: 'yes' } });
    render(<HomeResume locale="en" rules={rules} words={words} />);
    expect(await screen.findByRole('link', { name: 'Carry on where you left off' })).toHaveAttribute(
      'href',
      '/guide#emergency',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete my answers' }));
    expect(localStorage.getItem(GUIDE_KEY)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Your answers are deleted.');
    expect(screen.getByRole('status')).toHaveFocus();
  });
});
