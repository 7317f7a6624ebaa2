'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { StorageNotice } from '@/components/device/storage-notice';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { LimitedText } from '@/components/ui/limited-text';
import { WriteLines } from '@/components/ui/print-value';
import { PrintButton } from '@/components/ui/print-button';
import { secondaryButtonClass } from '@/components/ui/styles';
import type { QuestionTopic } from '@/lib/content/lists';
import { localePath } from '@/lib/i18n/locales';
import {
  addDoctor,
  DOCTOR_IDS,
  doctorHasText,
  doctorLabelParts,
  MAX_DOCTOR_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  removeDoctor,
  renameDoctor,
  setNote,
} from '@/lib/questions/state';
import { useDoctorLabel } from './use-question-words';
import { useQuestions } from './use-questions';

/** Visit mode: what each doctor said to each question, typed during or after the visit. */
export function VisitNotes({ topics }: { topics: QuestionTopic[] }) {
  const t = useTranslations('questions.visit');
  const locale = useLocale();
  const doctorLabel = useDoctorLabel();
  const questions = useQuestions(topics);
  const state = questions.saved;
  const update = questions.replace;

  return (
    <>
      <Link
        href={localePath(locale, '/questions')}
        className="no-print mb-6 inline-block text-base text-ink visited:text-ink"
      >
        <span aria-hidden="true">‹ </span>
        {t('back')}
      </Link>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{t('intro')}</p>
      <StorageNotice problem={questions.problem} onDismiss={questions.dismissProblem} />
      {!questions.ready ? null : questions.list.length === 0 ? (
        <p className="mt-6 max-w-prose">
          {t.rich('empty', {
            link: (chunks) => <Link href={localePath(locale, '/questions')}>{chunks}</Link>,
          })}
        </p>
      ) : (
        <>
          <section
            aria-labelledby="doctors-title"
            className="no-print mt-8 max-w-prose border-l-8 border-brand bg-pale p-4"
          >
            <h2 id="doctors-title" tabIndex={-1} className="text-xl font-bold">
              {t('doctorsTitle')}
            </h2>
            <p className="mt-1 text-base">{t('doctorsLead', { max: DOCTOR_IDS.length })}</p>
            {state.doctors.map((doctor) => (
              <div key={doctor.id} className="mt-4">
                <label htmlFor={`doctor-${doctor.id}`} className="block font-bold">
                  {t('nameLabel', { letter: doctorLabelParts(doctor).letter })}
                </label>
                <div className="mt-1 flex flex-wrap gap-3">
                  <div className="min-w-0 flex-1 basis-48">
                    <LimitedText
                      id={`doctor-${doctor.id}`}
                      value={doctor.name}
                      max={MAX_DOCTOR_NAME_LENGTH}
                      onChange={(name) => update(renameDoctor(state, doctor.id, name))}
                      className="w-full border-2 border-ink bg-white px-3 py-2"
                    />
                  </div>
                  {state.doctors.length > 1 && (
                    <ConfirmAction
                      buttonText={t('remove', { doctor: doctorLabel(doctor) })}
                      buttonClassName="text-base text-warn underline"
                      ask={doctorHasText(state, doctor.id)}
                      level={3}
                      question={t('removeQuestion', { doctor: doctorLabel(doctor) })}
                      detail={t('removeDetail', { doctor: doctorLabel(doctor) })}
                      confirmText={t('confirm')}
                      cancelText={t('cancel')}
                      onConfirm={() => {
                        update(removeDoctor(state, doctor.id));
                        document.getElementById('doctors-title')?.focus();
                      }}
                    />
                  )}
                </div>
              </div>
            ))}
            {state.doctors.length < DOCTOR_IDS.length && (
              <button
                type="button"
                className={`${secondaryButtonClass} mt-4`}
                onClick={() => update(addDoctor(state))}
              >
                {t('addDoctor')}
              </button>
            )}
          </section>
          <ol className="mt-8 max-w-prose space-y-10">
            {questions.list.map((question, index) => (
              <li key={question.id} className="break-inside-avoid">
                <h2 className="text-xl font-bold">
                  {index + 1}. <span dir="auto">{question.text}</span>
                </h2>
                {state.doctors.map((doctor) => {
                  const id = `note-${question.id}-${doctor.id}`;
                  return (
                    <div key={doctor.id} className="mt-3">
                      <label htmlFor={id} className="block font-semibold">
                        {t('noteLabel', { doctor: doctorLabel(doctor) })}
                      </label>
                      <LimitedText
                        id={id}
                        rows={3}
                        value={state.notes[question.id]?.[doctor.id] ?? ''}
                        max={MAX_NOTE_LENGTH}
                        onChange={(text) => update(setNote(state, question.id, doctor.id, text))}
                        className="mt-1 w-full border-2 border-ink px-3 py-2"
                        printEmpty={<WriteLines count={3} />}
                      />
                    </div>
                  );
                })}
              </li>
            ))}
          </ol>
          <div className="no-print mt-10">
            <PrintButton>{t('print')}</PrintButton>
          </div>
        </>
      )}
    </>
  );
}
