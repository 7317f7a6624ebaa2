'use client';

import { useDeviceStore } from '@/components/device/use-device-store';
import type { QuestionTopic } from '@/lib/content/lists';
import { questionsStore } from './questions-store';

/** The person's questions as saved on this device, with the text of each resolved from the bank. */
export function useQuestions(topics: QuestionTopic[]) {
  const store = useDeviceStore(questionsStore);
  const bank = new Map(topics.flatMap((topic) => topic.questions.map((q) => [q.id, q.text])));
  const list = store.saved.chosen.flatMap((q) => {
    const text = q.text ?? bank.get(q.id);
    // A bank question removed from content since it was chosen is dropped quietly.
    return text === undefined ? [] : [{ id: q.id, text, own: q.text !== undefined }];
  });
  return { ...store, list };
}
