'use client';

import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { EMPTY_GUIDE, type GuideState, guideStateSchema } from '@/lib/guide/state';
import { createSafeStorage, type StorageProblem } from '@/lib/storage/safe-storage';

export const GUIDE_STORAGE_KEY = 'sog.guide';
const VERSION = 1;

interface GuideStore extends GuideState {
  /** Why stored answers could not be used, shown once as a notice; never persisted. */
  problem: StorageProblem | null;
  replace: (state: GuideState) => void;
  reset: () => void;
  dismissProblem: () => void;
}

export const useGuideStore = create<GuideStore>()(
  persist(
    (set) => ({
      ...EMPTY_GUIDE,
      problem: null,
      replace: (state) => set(state),
      reset: () => set({ ...EMPTY_GUIDE }),
      dismissProblem: () => set({ problem: null }),
    }),
    {
      name: GUIDE_STORAGE_KEY,
      version: VERSION,
      storage: createSafeStorage(guideStateSchema, VERSION, (problem) => useGuideStore.setState({ problem })),
      partialize: ({ perspective, answers, sure }) => ({ perspective, answers, sure }),
      // Rehydrated by useGuide after mount, so the server HTML and the first client render match.
      skipHydration: true,
    },
  ),
);
