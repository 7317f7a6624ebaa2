import type { Step } from '../engine/routing';
import type { Perspective } from '../engine/types';

export const GUIDE_START = '/guide';
export const CHECK_PATH = '/guide/check';
export const RESULT_PATH = '/guide/result';
export const EMERGENCY_PATH = '/guide/emergency';

export function questionPath(perspective: Perspective, id: string, change = false): string {
  return `/guide/${perspective}/${id}${change ? '?change=1' : ''}`;
}

export function stepPath(step: Step, perspective: Perspective, change = false): string {
  if (step.kind === 'question') return questionPath(perspective, step.id, change);
  return step.kind === 'emergency' ? EMERGENCY_PATH : CHECK_PATH;
}

/** Wording for the person the guide is about, for headings and short labels. */
export const PERSPECTIVE_LABELS: Record<Perspective, { option: string; about: string }> = {
  self: { option: 'Me', about: 'you' },
  child: { option: 'My child', about: 'your child' },
  other: { option: 'Someone I care for', about: 'the person you care for' },
};
