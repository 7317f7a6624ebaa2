'use client';

import { compareStore } from '@/components/compare/compare-store';
import { useDeviceStore } from '@/components/device/use-device-store';
import { guideStore } from '@/components/guide/guide-store';
import { questionsStore } from '@/components/questions/questions-store';
import { forPerspective, type Worded } from '@/lib/engine/types';
import { prefillDetails, resolveDetails } from '@/lib/letters/details';
import { lettersStore } from './letters-store';

export type Perspective = 'self' | 'child' | 'other';

/** The letters' saved data with what the guide's other stores fill in, and who the letters are for. */
export function useLetters(questionTexts: Readonly<Record<string, Worded>>) {
  const letters = useDeviceStore(lettersStore);
  const guide = useDeviceStore(guideStore);
  const compare = useDeviceStore(compareStore);
  const questions = useDeviceStore(questionsStore);
  const perspective: Perspective = guide.saved.perspective ?? 'self';
  // The chosen bank questions go into the letter as the person asks them (about their child, say).
  const worded = Object.fromEntries(
    Object.entries(questionTexts).map(([id, text]) => [id, forPerspective(text, perspective)]),
  );
  return {
    ready: letters.ready && guide.ready && compare.ready && questions.ready,
    perspective,
    details: resolveDetails(letters.saved.details, prefillDetails(compare.saved, questions.saved, worded)),
    texts: letters.saved.texts,
    replace: letters.replace,
    problem: letters.problem,
    dismissProblem: letters.dismissProblem,
  };
}
