import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { Namespace } from '@/lib/i18n/messages';

/**
 * Gives the client components inside it the words of the named namespaces only, so a page ships the
 * messages it uses and no more. Content pages never render it and ship no messages at all.
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const all = await getMessages({ locale });
  const picked = Object.fromEntries(namespaces.map((name) => [name, all[name]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
