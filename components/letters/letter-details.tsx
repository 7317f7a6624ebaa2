'use client';

import { useTranslations } from 'next-intl';
import type { ResolvedDetails } from '@/lib/letters/details';
import {
  DETAIL_LIMITS,
  type LetterKind,
  RECORD_FORMATS,
  RECORD_TYPES,
  type RecordFormat,
  type RecordType,
  type TextDetail,
} from '@/lib/letters/state';
import { LetterField } from './letter-field';
import type { Perspective } from './use-letters';

/** The details each letter asks for, in the order a person would think of them. */
const FIELDS: Record<LetterKind, readonly (TextDetail | 'records' | 'dates' | 'format')[]> = {
  'first-doctor': ['yourName', 'patientName', 'contact', 'firstDoctor', 'sendTo', 'firstEmail'],
  'records-request': [
    'yourName',
    'patientName',
    'birthDate',
    'contact',
    'firstDoctor',
    'records',
    'dates',
    'format',
    'sendTo',
    'firstEmail',
  ],
  'doctor-summary': [
    'yourName',
    'patientName',
    'birthDate',
    'firstDoctor',
    'diagnosis',
    'plan',
    'medicines',
    'tests',
    'questions',
    'contact',
    'secondEmail',
  ],
};

const ROWS: Partial<Record<TextDetail, number>> = {
  sendTo: 3,
  diagnosis: 4,
  plan: 4,
  medicines: 4,
  tests: 4,
  questions: 6,
};

interface LetterDetailsProps {
  kind: LetterKind;
  perspective: Perspective;
  details: ResolvedDetails;
  onText: (field: TextDetail, value: string) => void;
  onRecord: (record: RecordType) => void;
  onFormat: (format: RecordFormat | '') => void;
}

/** The labelled, optional details a letter is built from. */
export function LetterDetails({
  kind,
  perspective,
  details,
  onText,
  onRecord,
  onFormat,
}: LetterDetailsProps) {
  const t = useTranslations('letters');
  const id = (name: string) => `${kind}-${name}`;

  function textField(field: TextDetail) {
    const hintKey = `fields.${field}.hint` as 'fields.yourName.hint';
    return (
      <LetterField
        key={field}
        id={id(field)}
        label={t(`fields.${field}.label` as 'fields.yourName.label', { perspective })}
        hint={t.has(hintKey) ? t(hintKey, { perspective }) : undefined}
        value={details[field]}
        max={DETAIL_LIMITS[field]}
        rows={ROWS[field]}
        onChange={(value) => onText(field, value)}
      />
    );
  }

  return (
    <>
      {FIELDS[kind].map((field) => {
        if (field === 'patientName' && perspective === 'self') return null;
        if (field === 'records')
          return (
            <fieldset key={field} className="mt-6" aria-describedby={id('records-hint')}>
              <legend className="font-bold">{t('fields.records.legend')}</legend>
              <p id={id('records-hint')} className="text-base text-ink-muted">
                {t('fields.records.hint')}
              </p>
              <ul className="mt-2 space-y-2">
                {RECORD_TYPES.map((record) => (
                  <li key={record} className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      id={id(`record-${record}`)}
                      checked={details.records.includes(record)}
                      onChange={() => onRecord(record)}
                      className="mt-1 size-6 shrink-0"
                    />
                    <label htmlFor={id(`record-${record}`)}>{t(`records.${record}`)}</label>
                  </li>
                ))}
              </ul>
              {details.records.includes('other') && textField('otherRecords')}
            </fieldset>
          );
        if (field === 'dates')
          return (
            <fieldset key={field} className="mt-6" aria-describedby={id('dates-hint')}>
              <legend className="font-bold">{t('fields.dates.legend')}</legend>
              <p id={id('dates-hint')} className="text-base text-ink-muted">
                {t('fields.dates.hint')}
              </p>
              <div className="flex flex-wrap gap-x-6 [&>div]:min-w-40 [&>div]:flex-1">
                {textField('from')}
                {textField('to')}
              </div>
            </fieldset>
          );
        if (field === 'format')
          return (
            <fieldset key={field} className="mt-6">
              <legend className="font-bold">{t('fields.format.legend')}</legend>
              <ul className="mt-2 space-y-2">
                {([...RECORD_FORMATS, ''] as const).map((format) => (
                  <li key={format || 'none'} className="flex items-start gap-3">
                    <input
                      type="radio"
                      name={id('format')}
                      id={id(`format-${format || 'none'}`)}
                      checked={details.format === format}
                      onChange={() => onFormat(format)}
                      className="mt-1 size-6 shrink-0"
                    />
                    <label htmlFor={id(`format-${format || 'none'}`)}>
                      {t(`formats.${format || 'none'}`)}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        return textField(field);
      })}
    </>
  );
}
