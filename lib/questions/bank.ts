import type { QuestionTopic } from '../content/lists';
import { forPerspective, type Perspective } from '../engine/types';
import type { QuestionsState } from './state';

/**
 * The bank's questions by id, worded for whose care it is. Without a perspective (the guide not yet
 * answered, or a shared list opened on another device) the person's own wording is used.
 */
export function bankTexts(topics: readonly QuestionTopic[], perspective: Perspective | null | undefined) {
  return new Map(
    topics.flatMap((topic) =>
      topic.questions.map((q) => [q.id, forPerspective(q.text, perspective)] as const),
    ),
  );
}

/** The chosen questions in order, each with its text: the person's own words, or the bank's for this perspective. */
export function listedQuestions(
  chosen: QuestionsState['chosen'],
  topics: readonly QuestionTopic[],
  perspective: Perspective | null | undefined,
): { id: string; text: string; own: boolean }[] {
  const bank = bankTexts(topics, perspective);
  return chosen.flatMap((q) => {
    const text = q.text ?? bank.get(q.id);
    // A bank question removed from content since it was chosen is dropped quietly.
    return text === undefined ? [] : [{ id: q.id, text, own: q.text !== undefined }];
  });
}
