import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import Link from 'next/link';
import { HTML_LANG, LOCALES, localePath } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found · No encontramos la página' };

/**
 * An address that matches no page. It cannot tell which language the person was reading, so it says
 * the same thing in each, every part marked with its language.
 */
export default function GlobalNotFound() {
  return (
    <html lang={HTML_LANG.en}>
      <body>
        <main id="main-content" className="mx-auto w-full max-w-5xl px-4 pt-8 sm:px-6">
          {LOCALES.map((locale) => {
            const t = createTranslator({
              locale,
              messages: messagesFor(locale),
              namespace: 'learn.notFound',
            });
            return (
              <section key={locale} lang={HTML_LANG[locale]} className="mb-10 max-w-prose">
                <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
                <p className="mt-4">{t('typed')}</p>
                <p className="mt-4">{t('pasted')}</p>
                <p className="mt-4">
                  {t.rich('links', {
                    home: (chunks) => <Link href={localePath(locale, '/')}>{chunks}</Link>,
                    learn: (chunks) => <Link href={localePath(locale, '/learn')}>{chunks}</Link>,
                  })}
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
