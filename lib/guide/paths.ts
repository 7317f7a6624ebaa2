import type { Perspective } from '../engine/types';

// The wizard's views live in the fragment of one page (see flow.ts); these are the addresses other pages link to.
export const GUIDE_START = '/guide';
export const CHECK_PATH = '/guide#check';
export const EMERGENCY_PATH = '/guide#emergency';
export const RESULT_PATH = '/guide/result';

/** Where the answers are kept on this device; the home page looks for it before loading anything else. */
export const GUIDE_KEY = 'sog.guide';

/**
 * Wording for the person the guide is about, in English only. Components should say it in the
 * page's language with the `guide.perspective.options` messages ("Me" / "Para mí"); this stays until
 * the result, packet and shared views that still read it have moved to those messages.
 */
export const PERSPECTIVE_LABELS: Record<Perspective, { option: string; about: string }> = {
  self: { option: 'Me', about: 'you' },
  child: { option: 'My child', about: 'your child' },
  other: { option: 'Someone I care for', about: 'the person you care for' },
};
