'use client';

import { useTranslations } from 'next-intl';
import {
  type DoctorId,
  doctorLabelParts,
  MAX_QUESTION_LENGTH,
  MAX_QUESTIONS,
  questionTextError,
  type QuestionsState,
  type TakenQuestions,
} from '@/lib/questions/state';

/** "Doctor A" or "Doctor A (Dr Lee)", in the page's language. */
export function useDoctorLabel() {
  const t = useTranslations('questions.doctor');
  return (doctor: { id: DoctorId; name: string }): string => {
    const { letter, name } = doctorLabelParts(doctor);
    return name ? t('named', { letter, name }) : t('letter', { letter });
  };
}

/** Checks a question's text and gives the message to show in the page's language, or null when it is fine. */
export function useQuestionError() {
  const t = useTranslations('questions.errors');
  return (value: string, state?: QuestionsState, taken?: TakenQuestions): string | null => {
    const error = questionTextError(value, state, taken);
    if (!error) return null;
    return t(error, { max: error === 'full' ? MAX_QUESTIONS : MAX_QUESTION_LENGTH });
  };
}
