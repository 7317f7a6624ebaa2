import { useTranslations } from 'next-intl';
import type { QuestionsState } from '@/lib/questions/state';
import type { ListedQuestion } from './question-list';
import { useDoctorLabel } from './use-question-words';

interface QuestionsSummaryProps {
  list: ListedQuestion[];
  doctors: QuestionsState['doctors'];
  notes: QuestionsState['notes'];
  /** Leave ruled space for answers that have not been noted, for writing on paper. */
  blanks?: boolean;
}

/** The person's questions with what each doctor said: for the packet and for shared lists. */
export function QuestionsSummary({ list, doctors, notes, blanks = false }: QuestionsSummaryProps) {
  const t = useTranslations('questions.doctor');
  const doctorLabel = useDoctorLabel();
  return (
    <ol className="mt-4 space-y-6">
      {list.map((question, index) => (
        <li key={question.id} className="break-inside-avoid">
          <p className="font-bold" dir="auto">
            {index + 1}. {question.text}
          </p>
          {doctors.map((doctor) => {
            const note = notes[question.id]?.[doctor.id]?.trim();
            if (!note && !blanks) return null;
            return (
              <div key={doctor.id} className="mt-2">
                <p className="text-base text-ink-muted">{t('said', { doctor: doctorLabel(doctor) })}</p>
                {note ? (
                  <p className="whitespace-pre-wrap" dir="auto">
                    {note}
                  </p>
                ) : (
                  <div aria-hidden="true" className="h-16 border-b border-dotted border-ink" />
                )}
              </div>
            );
          })}
        </li>
      ))}
    </ol>
  );
}
