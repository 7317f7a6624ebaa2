import type { Feature } from '../storage/feature';
import { mergeQuestions } from './merge';
import { EMPTY_QUESTIONS, type QuestionsState } from './state';
import { EMPTY_QUESTIONS_V1, questionsV1 } from './versions/v1';

export const questionsData = {
  kind: 'questions',
  key: 'sog.questions',
  versions: [{ version: 1, schema: questionsV1, empty: EMPTY_QUESTIONS_V1 }],
  empty: EMPTY_QUESTIONS,
  parts: { chosen: true, doctors: true, notes: true },
  holdsData: (value) => value.chosen.length > 0,
  merge: mergeQuestions,
} satisfies Feature<'questions', QuestionsState>;
