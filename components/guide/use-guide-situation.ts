'use client';

import type { RoutingView, Situation } from '@/lib/engine';
import { sanitizeGuide } from '@/lib/guide/state';
import { useGuide } from './use-guide';

/** The wizard's answers as a situation other pages can adapt to, or null when there are none yet. */
export function useGuideSituation(routing: RoutingView): { ready: boolean; situation: Situation | null } {
  const guide = useGuide();
  const { perspective, answers } = sanitizeGuide(guide.saved, routing);
  const situation = perspective && Object.keys(answers).length > 0 ? { perspective, answers } : null;
  return { ready: guide.ready, situation };
}
