import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import Link from 'next/link';
import { RootLayout } from '@/components/layout/root-layout';
import { HTML_LANG, LOCALES, localePath } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found · No encontramos la página' };

/**
 * An address that matches no page. It cannot tell which language the person was reading, so under
 * the English frame it says the same thing in each language, every part marked with its language.
 */
export default function GlobalNotFound() {
  return (
    <RootLayout locale="en">
      {LOCALES.map((locale, i) => {
        const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'learn.notFound' });
        const Heading = i === 0 ? 'h1' : 'h2';
        return (
          <section key={locale} lang={HTML_LANG[locale]} className="mb-10 max-w-prose">
            <Heading className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</Heading>
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
    </RootLayout>
  );
}
