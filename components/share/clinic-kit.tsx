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
import { Section } from '@/components/ui/section';
import { BLANK_MARK, ClinicDetails, type ClinicDetailsWords, toBlank } from './clinic-details';
import { CopyLink } from '@/components/ui/copy-link';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { CharacterCount, useCountMessage } from '@/components/ui/limited-text';
import { StorageNotice } from '@/components/device/storage-notice';
import { useDeviceStore } from '@/components/device/use-device-store';
import type { Locale } from '@/lib/i18n/locales';
import { chosenPage, clinicKitData } from '@/lib/share/clinic-kit-data';
import { clinicKitStore } from './clinic-kit-store';
import { ClinicHandout } from './clinic-handout';
import { FieldLabel } from '@/components/ui/field-label';

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

/** What the kit is made of: the link, its QR code as SVG and as a PNG data URL, and the details in it. */
interface Made {
  url: string;
  svg: string;
  png: string;
  clinic: Clinic;
}

const trimmed = (form: Clinic): Clinic => ({
  name: form.name.trim(),
  contact: form.contact.trim(),
  note: form.note.trim(),
});

// The link's encoder and the QR library load only when a kit is made, so the form itself stays light.
async function makeKit(origin: string, page: string, clinic: Clinic, locale: Locale): Promise<Made> {
  const [{ clinicUrl }, { toDataURL, toString }] = await Promise.all([
    import('@/lib/share/link'),
    import('qrcode'),
  ]);
  const url = clinicUrl(origin, page, clinic, locale);
  const [svg, png] = await Promise.all([
    toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }),
    // Large enough to print sharply on a poster; M correction survives a smudge or a fold.
    toDataURL(url, { type: 'image/png', width: 1024, margin: 4, errorCorrectionLevel: 'M' }),
  ]);
  return { url, svg, png, clinic };
}

/**
 * For clinic staff: a link, QR code and printable handout that open the guide with the clinic's name,
 * in the language of the page the kit is on. The form is kept on this device until staff forget it,
 * so the kit is there again when they come back.
 */
export function ClinicKit({ pages }: { pages: Page[] }) {
  const t = useTranslations('clinic');
  const locale = useLocale();
  const detailsWords = useClinicDetailsWords();
  const countMessage = useCountMessage();
  const kept = useDeviceStore(clinicKitStore);
  const form: Clinic = { name: kept.name, contact: kept.contact, note: kept.note };
  const page = chosenPage(
    kept.page,
    pages.map((option) => option.path),
  );
  const [problems, setProblems] = useState<ClinicFormErrors>({});
  const [status, setStatus] = useState('');
  const errors = Object.fromEntries(
    (Object.entries(problems) as [keyof Clinic, ClinicFieldError][]).map(([field, code]) => [
      field,
      t(`errors.${errorKey(field, code)}`, { max: CLINIC_LIMITS[field] }),
    ]),
  ) as Partial<Record<keyof Clinic, string>>;
  const [built, setBuilt] = useState<Made | null>(null);
  // Shown only while the device still holds it: "Delete everything" in another tab takes it away here too.
  const made = kept.made ? built : null;
  const kitHeading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the kit when staff make it, not when it comes back on its own after a visit.
  const focusKit = useRef(false);
  useEffect(() => {
    if (made && focusKit.current) kitHeading.current?.focus();
    focusKit.current = false;
  }, [made]);

  // When this device's storage has been read: a kit made on an earlier visit is made again.
  const { ready } = kept;
  const offered = pages.map((option) => option.path).join(' ');
  useEffect(() => {
    if (!ready) return;
    const saved = clinicKitStore.getState();
    if (!saved.made || Object.keys(clinicErrors(saved)).length > 0) return;
    let live = true;
    const path = chosenPage(saved.page, offered.split(' '));
    void makeKit(window.location.origin, path, trimmed(saved), locale).then((kit) => {
      // Not if staff made a new kit or forgot this one in the meantime.
      if (live && clinicKitStore.getState().made) setBuilt((now) => now ?? kit);
    });
    return () => {
      live = false;
    };
  }, [ready, offered, locale]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const found = clinicErrors(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      kept.replace((saved) => ({ ...saved, made: false }));
      return setBuilt(null);
    }
    const kit = await makeKit(window.location.origin, page, trimmed(form), locale);
    kept.replace((saved) => ({ ...saved, page, made: true }));
    focusKit.current = true;
    setBuilt(kit);
  }

  function forget() {
    kept.reset();
    setBuilt(null);
    setProblems({});
    setStatus(t('forget.done'));
  }

  const set = (field: keyof Clinic | 'page') => (value: string) => {
    setStatus('');
    kept.replace((saved) => ({ ...saved, [field]: value }));
  };
  const summary = (Object.entries(errors) as [keyof Clinic, string][]).map(([field, text]) => ({
    fieldId: `clinic-${field}`,
    text,
  }));
  // The hint, the error and (near the limit) the count, as the field's description.
  const describedBy = (field: keyof Clinic) =>
    [
      `clinic-${field}-hint`,
      errors[field] && `clinic-${field}-error`,
      countMessage(form[field].trim().length, CLINIC_LIMITS[field]) && `clinic-${field}-count`,
    ]
      .filter(Boolean)
      .join(' ');
  const svgUrl = made ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(made.svg)}` : '';

  return (
    <>
      {/* Not on paper: the handout is the only thing this page prints. */}
      <div className="no-print">
        <StorageNotice problem={kept.problem} onDismiss={kept.dismissProblem} />
      </div>
      <form onSubmit={submit} noValidate className="no-print max-w-prose">
        <ErrorSummary errors={summary} />
        <p className="mt-6 border-l-8 border-brand bg-pale p-3">{t('form.kept')}</p>
        {(
          [
            ['name', t('form.name'), t('form.nameHint'), CLINIC_LIMITS.name],
            ['contact', t('form.contact'), t('form.contactHint'), CLINIC_LIMITS.contact],
          ] as const
        ).map(([field, label, hint, max]) => (
          <div key={field} className={`mt-6 ${errors[field] ? 'border-l-4 border-warn pl-4' : ''}`}>
            <FieldLabel id={`clinic-${field}`} label={label} hint={`${hint} ${t('form.upTo', { max })}`} />
            <FieldError id={`clinic-${field}-error`} text={errors[field]} />
            <input
              id={`clinic-${field}`}
              type="text"
              dir="auto"
              value={form[field]}
              onChange={(e) => set(field)(e.target.value)}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={describedBy(field)}
              className={inputClass(errors[field])}
            />
            <CharacterCount id={`clinic-${field}-count`} length={form[field].trim().length} max={max} />
          </div>
        ))}
        <div className={`mt-6 ${errors.note ? 'border-l-4 border-warn pl-4' : ''}`}>
          <FieldLabel
            id="clinic-note"
            label={t('form.note')}
            hint={t('form.noteHint', { max: CLINIC_LIMITS.note })}
          />
          <FieldError id="clinic-note-error" text={errors.note} />
          <textarea
            id="clinic-note"
            rows={3}
            dir="auto"
            value={form.note}
            onChange={(e) => set('note')(e.target.value)}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={describedBy('note')}
            className={inputClass(errors.note)}
          />
          <CharacterCount id="clinic-note-count" length={form.note.trim().length} max={CLINIC_LIMITS.note} />
        </div>
        <div className="mt-6">
          <label htmlFor="clinic-page" className="block font-bold">
            {t('form.page')}
          </label>
          <select
            id="clinic-page"
            value={page}
            onChange={(e) => set('page')(e.target.value)}
            className="mt-1 w-full border-2 border-ink bg-white px-3 py-2"
          >
            {pages.map((option) => (
              <option key={option.path} value={option.path}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="mt-8 flex flex-wrap items-start gap-4">
          <button type="submit" className={buttonClass}>
            {t('form.submit')}
          </button>
          <ConfirmAction
            buttonText={t('forget.button')}
            question={t('forget.question')}
            detail={t('forget.detail')}
            confirmText={t('forget.confirm')}
            cancelText={t('forget.cancel')}
            ask={clinicKitData.holdsData(kept.saved) || made !== null}
            onConfirm={forget}
          />
        </div>
        <p role="status" className="mt-2 min-h-[1.5rem] font-semibold">
          {status}
        </p>
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
            <CopyLink
              label={t('kit.link')}
              url={made.url}
              share={{ title: t('kit.shareTitle'), text: t('kit.shareText') }}
            />
            <ul className="mt-2 space-y-2">
              <li>
                <a href={svgUrl} download={t('kit.fileName')}>
                  {t('kit.download')}
                </a>
              </li>
              <li>
                <a href={made.png} download={t('kit.pngFileName')}>
                  {t('kit.downloadPng')}
                </a>
              </li>
            </ul>
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
