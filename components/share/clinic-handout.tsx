'use client';

import { useTranslations } from 'next-intl';
import type { Clinic } from '@/lib/share/clinic';

/**
 * The address a person without a QR reader can type: the host and the page, no `https://` and no
 * fragment, so it opens the guide without the clinic's details (only the QR code and link carry them).
 */
export function shortAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname === '/' ? '' : pathname.replace(/\/$/, '')}`;
}

/** The one-page handout for patients: what prints on the clinic kit. */
export function ClinicHandout({ clinic, url, svg }: { clinic: Clinic; url: string; svg: string }) {
  const t = useTranslations('clinic');
  const address = shortAddress(url);
  return (
    <section
      aria-labelledby="handout-title"
      className="handout mt-12 max-w-prose border-4 border-ink p-6 print:mt-0 print:max-w-none print:p-0"
    >
      <p className="no-print mb-4 text-base text-ink-muted">{t('handout.previewNote')}</p>
      <h2 id="handout-title" className="text-2xl font-bold break-words">
        {t('handout.title', { name: clinic.name })}
      </h2>
      <p className="mt-3">{t('handout.intro')}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>{t('handout.normal')}</li>
        <li>{t('handout.private')}</li>
        <li>{t('handout.info')}</li>
      </ul>
      {clinic.note && (
        <div className="handout-note mt-4 border-l-4 border-brand pl-4">
          <h3 className="font-bold">{t('handout.noteFrom', { name: clinic.name })}</h3>
          <p dir="auto" className="break-words whitespace-pre-line">
            {clinic.note}
          </p>
        </div>
      )}
      <div className="handout-open mt-4 flex flex-col items-center gap-4 sm:flex-row sm:items-start print:flex-row print:items-start">
        {/* The SVG comes from the qrcode library, built from our own link; it holds no typed text. */}
        <div
          className="handout-qr w-48 shrink-0"
          role="img"
          aria-label={t('handout.qr')}
          data-testid="qr"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <div>
          <p>{t('handout.scan')}</p>
          <p className="mt-3">{t('handout.type')}</p>
          <p className="mt-1 text-xl font-bold break-all" data-testid="short-address">
            {address}
          </p>
          <p className="mt-1 text-base text-ink-muted">{t('handout.typeNote')}</p>
        </div>
      </div>
      {clinic.contact && (
        <p className="mt-4 break-words">{t('details.records', { contact: clinic.contact })}</p>
      )}
    </section>
  );
}
