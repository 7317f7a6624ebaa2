'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { PrintButton } from '@/components/ui/print-button';
import { buttonClass } from '@/components/ui/styles';
import {
  type Clinic,
  type ClinicFieldError,
  CLINIC_LIMITS,
  clinicErrors,
  type ClinicFormErrors,
} from '@/lib/share/clinic';
import { clinicUrl } from '@/lib/share/link';
import { Section } from '@/components/ui/section';
import { BLANK_MARK, ClinicDetails, type ClinicDetailsWords, toBlank } from './clinic-details';
import { CopyLink } from '@/components/ui/copy-link';
import { ClinicHandout } from './clinic-handout';

interface Page {
  path: string;
  label: string;
}

const inputClass = (error?: string) =>
  `mt-1 w-full border-2 px-3 py-2 ${error ? 'border-warn' : 'border-ink'}`;

/** The words of the "Shared by" box in the page's language, for the preview. */
export function useClinicDetailsWords(): ClinicDetailsWords {
  const t = useTranslations('clinic.details');
  return {
    sharedBy: toBlank(t('sharedBy', { name: BLANK_MARK })),
    records: toBlank(t('records', { contact: BLANK_MARK })),
    private: t('private'),
    hide: t('hide'),
  };
}

/** The message for a field's problem (only the name can be missing). */
const errorKey = (field: keyof Clinic, code: ClinicFieldError) =>
  field === 'name' && code === 'missing' ? ('nameMissing' as const) : (`${field}TooLong` as const);

function FieldError({ id, text }: { id: string; text?: string }) {
  const t = useTranslations('ui');
  if (!text) return null;
  return (
    <p id={id} className="mt-1 font-bold text-warn">
      <span className="sr-only">{t('errorPrefix')} </span>
      {text}
    </p>
  );
}

/**
 * For clinic staff: a link, QR code and printable handout that open the guide with the clinic's name,
 * in the language of the page the kit is on.
 */
export function ClinicKit({ pages }: { pages: Page[] }) {
  const t = useTranslations('clinic');
  const locale = useLocale();
  const detailsWords = useClinicDetailsWords();
  const [form, setForm] = useState<Clinic>({ name: '', contact: '', note: '' });
  const [page, setPage] = useState(pages[0]?.path ?? '/guide');
  const [problems, setProblems] = useState<ClinicFormErrors>({});
  const errors = Object.fromEntries(
    (Object.entries(problems) as [keyof Clinic, ClinicFieldError][]).map(([field, code]) => [
      field,
      t(`errors.${errorKey(field, code)}`, { max: CLINIC_LIMITS[field] }),
    ]),
  ) as Partial<Record<keyof Clinic, string>>;
  const [made, setMade] = useState<{ url: string; svg: string; clinic: Clinic } | null>(null);
  const kitHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (made) kitHeading.current?.focus();
  }, [made]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = clinicErrors(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return setMade(null);
    const clinic = { name: form.name.trim(), contact: form.contact.trim(), note: form.note.trim() };
    const url = clinicUrl(window.location.origin, page, clinic, locale);
    const { toString } = await import('qrcode');
    const svg = await toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    setMade({ url, svg, clinic });
  }

  const set = (field: keyof Clinic) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const summary = (Object.entries(errors) as [keyof Clinic, string][]).map(([field, text]) => ({
    fieldId: `clinic-${field}`,
    text,
  }));
  const svgUrl = made ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(made.svg)}` : '';

  return (
    <>
      <form onSubmit={submit} noValidate className="no-print max-w-prose">
        <ErrorSummary errors={summary} />
        {(
          [
            ['name', t('form.name'), t('form.nameHint'), CLINIC_LIMITS.name],
            ['contact', t('form.contact'), t('form.contactHint'), CLINIC_LIMITS.contact],
          ] as const
        ).map(([field, label, hint, max]) => (
          <div key={field} className={`mt-6 ${errors[field] ? 'border-l-4 border-warn pl-4' : ''}`}>
            <label htmlFor={`clinic-${field}`} className="block font-bold">
              {label}
            </label>
            <p id={`clinic-${field}-hint`} className="text-base text-ink-muted">
              {hint} {t('form.upTo', { max })}
            </p>
            <FieldError id={`clinic-${field}-error`} text={errors[field]} />
            <input
              id={`clinic-${field}`}
              type="text"
              value={form[field]}
              onChange={(e) => set(field)(e.target.value)}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={`clinic-${field}-hint${errors[field] ? ` clinic-${field}-error` : ''}`}
              className={inputClass(errors[field])}
            />
          </div>
        ))}
        <div className={`mt-6 ${errors.note ? 'border-l-4 border-warn pl-4' : ''}`}>
          <label htmlFor="clinic-note" className="block font-bold">
            {t('form.note')}
          </label>
          <p id="clinic-note-hint" className="text-base text-ink-muted">
            {t('form.noteHint', { max: CLINIC_LIMITS.note })}
          </p>
          <FieldError id="clinic-note-error" text={errors.note} />
          <textarea
            id="clinic-note"
            rows={3}
            value={form.note}
            onChange={(e) => set('note')(e.target.value)}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={`clinic-note-hint${errors.note ? ' clinic-note-error' : ''}`}
            className={inputClass(errors.note)}
          />
        </div>
        <div className="mt-6">
          <label htmlFor="clinic-page" className="block font-bold">
            {t('form.page')}
          </label>
          <select
            id="clinic-page"
            value={page}
            onChange={(e) => setPage(e.target.value)}
            className="mt-1 w-full border-2 border-ink bg-white px-3 py-2"
          >
            {pages.map((option) => (
              <option key={option.path} value={option.path}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`${buttonClass} mt-8`}>
          {t('form.submit')}
        </button>
      </form>

      {made && (
        <>
          <Section
            id="kit-title"
            title={t('kit.title')}
            className="no-print mt-12"
            focusable
            headingRef={kitHeading}
          >
            <p className="mt-2">{t('kit.onlyClinic')}</p>
            <h3 className="mt-6 text-lg font-bold">{t('kit.preview')}</h3>
            <div className="mt-2 border-2 border-dashed border-line p-3">
              <ClinicDetails clinic={made.clinic} words={detailsWords} />
            </div>
            <CopyLink label={t('kit.link')} url={made.url} />
            <p className="mt-2">
              <a href={svgUrl} download={t('kit.fileName')}>
                {t('kit.download')}
              </a>
            </p>
            <p className="mt-6">
              <PrintButton>{t('kit.print')}</PrintButton>
            </p>
          </Section>
          <ClinicHandout clinic={made.clinic} url={made.url} svg={made.svg} />
        </>
      )}
    </>
  );
}
