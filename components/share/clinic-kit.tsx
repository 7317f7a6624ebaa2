'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { PrintButton } from '@/components/ui/print-button';
import { buttonClass } from '@/components/ui/styles';
import { type Clinic, CLINIC_LIMITS, clinicErrors, type ClinicFormErrors } from '@/lib/share/clinic';
import { clinicUrl } from '@/lib/share/link';
import { Section } from '@/components/ui/section';
import { ClinicDetails } from './clinic-details';
import { CopyLink } from '@/components/ui/copy-link';

interface Page {
  path: string;
  label: string;
}

const inputClass = (error?: string) =>
  `mt-1 w-full border-2 px-3 py-2 ${error ? 'border-warn' : 'border-ink'}`;

function FieldError({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={id} className="mt-1 font-bold text-warn">
      <span className="sr-only">Error: </span>
      {text}
    </p>
  );
}

/** For clinic staff: a link, QR code and printable handout that open the guide with the clinic's name. */
export function ClinicKit({ pages }: { pages: Page[] }) {
  const [form, setForm] = useState<Clinic>({ name: '', contact: '', note: '' });
  const [page, setPage] = useState(pages[0]?.path ?? '/guide');
  const [errors, setErrors] = useState<ClinicFormErrors>({});
  const [made, setMade] = useState<{ url: string; svg: string; clinic: Clinic } | null>(null);
  const kitHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (made) kitHeading.current?.focus();
  }, [made]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = clinicErrors(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return setMade(null);
    const clinic = { name: form.name.trim(), contact: form.contact.trim(), note: form.note.trim() };
    const url = clinicUrl(window.location.origin, page, clinic);
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
            ['name', 'Clinic name', 'As patients know it.', CLINIC_LIMITS.name],
            [
              'contact',
              'Contact line for records requests (optional)',
              'For example, a phone number or an email address for the records office.',
              CLINIC_LIMITS.contact,
            ],
          ] as const
        ).map(([field, label, hint, max]) => (
          <div key={field} className={`mt-6 ${errors[field] ? 'border-l-4 border-warn pl-4' : ''}`}>
            <label htmlFor={`clinic-${field}`} className="block font-bold">
              {label}
            </label>
            <p id={`clinic-${field}-hint`} className="text-base text-ink-muted">
              {hint} Up to {max} characters.
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
            A short note for patients (optional)
          </label>
          <p id="clinic-note-hint" className="text-base text-ink-muted">
            Up to {CLINIC_LIMITS.note} characters. Do not add anything about a patient.
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
            Page the link opens
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
          Make the link and QR code
        </button>
      </form>

      {made && (
        <>
          <Section
            id="kit-title"
            title="Your link and QR code"
            className="no-print mt-12"
            focusable
            headingRef={kitHeading}
          >
            <p className="mt-2">
              The link holds only the clinic details above. It carries nothing about any patient.
            </p>
            <h3 className="mt-6 text-lg font-bold">What patients will see at the top of the page</h3>
            <div className="mt-2 border-2 border-dashed border-line p-3">
              <ClinicDetails clinic={made.clinic} />
            </div>
            <CopyLink label="Link for patients" url={made.url} />
            <p className="mt-2">
              <a href={svgUrl} download="second-opinion-guide-qr.svg">
                Download the QR code (SVG)
              </a>
            </p>
            <p className="mt-6">
              <PrintButton>Print the handout</PrintButton>
            </p>
          </Section>
          <section
            aria-labelledby="handout-title"
            className="handout mt-12 max-w-prose border-4 border-ink p-6"
          >
            <p className="no-print mb-4 text-base text-ink-muted">Handout preview (this is what prints):</p>
            <h2 id="handout-title" className="text-2xl font-bold break-words">
              {made.clinic.name}: thinking about a second opinion?
            </h2>
            <p className="mt-3">
              Second Opinion Guide is a free website. It helps you decide if you want another doctor&apos;s
              view, get ready for it, and compare what the doctors say.
            </p>
            <ul className="mt-3 list-disc space-y-1 pl-6">
              <li>Asking for a second opinion is normal, and it is your right.</li>
              <li>There is no sign-in. What you type stays on your own phone or computer.</li>
              <li>It gives information, not medical advice.</li>
            </ul>
            {/* The SVG comes from the qrcode library, built from our own link; it holds no typed text. */}
            <div
              className="mx-auto mt-6 w-56"
              role="img"
              aria-label="QR code that opens the guide"
              data-testid="qr"
              dangerouslySetInnerHTML={{ __html: made.svg }}
            />
            <p className="mt-4 text-center">Scan the code with your phone camera to open the guide.</p>
            {made.clinic.contact && (
              <p className="mt-4 break-words">For records requests: {made.clinic.contact}</p>
            )}
          </section>
        </>
      )}
    </>
  );
}
