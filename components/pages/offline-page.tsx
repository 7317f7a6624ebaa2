import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NAV_ITEMS } from '@/components/layout/nav-items';
import { type Locale, localePath } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export const offlineMetadata = (locale: Locale): Metadata => ({
  ...pageMetadata(locale, '/offline', messagesFor(locale).offline.page.meta),
  robots: { index: false },
});

/**
 * What the service worker shows, with no signal, for an address this build does not have. Every page
 * of the guide is saved on the device after one visit, so this lists them rather than apologising.
 */
export async function OfflinePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'offline.page' });
  const nav = await getTranslations({ locale, namespace: 'common.nav' });
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-4">{t('body')}</p>
      {/* Links are no use on paper, and plain ones load the whole page, straight from the saved copy. */}
      <div className="no-print">
        <p className="mt-4">{t('saved')}</p>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          <li>
            <a href={localePath(locale, '/')}>{t('home')}</a>
          </li>
          {NAV_ITEMS.map(({ href, key }) => (
            <li key={href}>
              <a href={localePath(locale, href)}>{nav(key)}</a>
            </li>
          ))}
        </ul>
      </div>
      <p className="mt-4">{t('kept')}</p>
      <p className="mt-4">{t('again')}</p>
    </div>
  );
}
