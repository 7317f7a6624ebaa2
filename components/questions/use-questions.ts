'use client';

import { useDeviceStore } from '@/components/device/use-device-store';
import { guideStore } from '@/components/guide/guide-store';
import type { QuestionTopic } from '@/lib/content/lists';
import { listedQuestions } from '@/lib/questions/bank';
import { questionsStore } from './questions-store';

/**
 * The person's questions as saved on this device, with the text of each resolved from the bank and
 * worded for whose care it is (the guide's "Who is this for?"; the person's own wording until answered).
 */
export function useQuestions(topics: QuestionTopic[]) {
  const store = useDeviceStore(questionsStore);
  const guide = useDeviceStore(guideStore);
  const perspective = guide.saved.perspective;
  const list = listedQuestions(store.saved.chosen, topics, perspective);
  // Ready once both are read, so the list never shows in one wording and then switches to another.
  return { ...store, ready: store.ready && guide.ready, perspective, list };
}
