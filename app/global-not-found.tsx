import type { Metadata } from 'next';
import { NotFoundView } from '@/components/pages/not-found-page';
import { RootLayout } from '@/components/layout/root-layout';
import { HTML_LANG, LOCALES } from '@/lib/i18n/locales';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found · No encontramos la página' };

/**
 * An address that matches no page. It cannot tell which language the person was reading, so under
 * the English frame it says the same thing in each language, every part marked with its language.
 */
export default function GlobalNotFound() {
  return (
    <RootLayout locale="en">
      {LOCALES.map((locale, i) => (
        <NotFoundView key={locale} locale={locale} level={i === 0 ? 1 : 2} lang={HTML_LANG[locale]} />
      ))}
    </RootLayout>
  );
}
