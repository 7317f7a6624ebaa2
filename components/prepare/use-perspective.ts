'use client';

import { useGuide } from '@/components/guide/use-guide';
import type { Perspective } from '@/lib/engine/types';

/**
 * Whose care the person said it is in the guide, or null before they have said (read as their own).
 * Lists follow it even before any question is answered, so a parent never reads "you take".
 */
export function usePerspective(): Perspective | null {
  return useGuide().saved.perspective;
}
