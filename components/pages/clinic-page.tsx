import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ClinicKit } from '@/components/share/clinic-kit';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const clinicMetadata = (locale: Locale) =>
  pageMetadata(locale, '/clinic', {
    title: 'For clinics: share the guide',
    description: 'Make a link, QR code and printable handout that open the guide with your clinic’s name.',
  });

export function ClinicPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const pages = [
    { path: '/guide', label: 'Should I get a second opinion? (the questions)' },
    { path: '/prepare', label: 'Get ready (checklists)' },
    { path: '/compare', label: 'Compare opinions' },
    ...getContent(locale).articles.map((article) => ({
      path: `/learn/${article.slug}`,
      label: `Article: ${article.title}`,
    })),
  ];
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">For clinics: share the guide</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">
        Make a link and a QR code that open the guide with your clinic&apos;s name and a contact line for
        records requests. You can print a one-page handout for patients.
      </p>
      <p className="mt-3 max-w-prose">Nothing is sent to us. The details you type go into the link itself.</p>
      <ClientMessages locale={locale} namespaces={['clinic', 'share', 'ui']}>
        <ClinicKit pages={pages} />
      </ClientMessages>
    </>
  );
}
