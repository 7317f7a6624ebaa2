import type { Metadata, Viewport } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { createTranslator } from 'next-intl';
import type { ReactNode } from 'react';
import { UpdateNotice } from '@/components/offline/update-notice';
import { ClinicBanner, type ClinicBannerWords } from '@/components/share/clinic-banner';
import { BLANK_MARK, toBlank } from '@/components/share/clinic-details';
import { getContent } from '@/lib/content';
import { SHARE_ERROR_CODES } from '@/lib/share/codec';
import { HTML_LANG, type Locale, localePath } from '@/lib/i18n/locales';
import { MANIFEST_PATH, THEME_COLOUR } from '@/lib/offline/manifest';
import { messagesFor } from '@/lib/i18n/messages';
import { siteUrl } from '@/lib/site-url';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

export function layoutMetadata(locale: Locale): Metadata {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'common' });
  const base = siteUrl();
  return {
    // With SITE_URL set, canonical and hreflang links become absolute, as search engines want.
    ...(base && { metadataBase: base }),
    title: { default: t('siteName'), template: t.raw('titleTemplate') as string },
    description: t('description'),
    referrer: 'no-referrer',
    manifest: localePath(locale, MANIFEST_PATH),
    icons: { apple: '/icons/apple-touch-icon.png' },
    appleWebApp: { title: t('siteName'), statusBarStyle: 'default' },
  };
}

/**
 * The clinic banner's words in one language, as plain props: the banner is on every page, and content
 * pages carry no messages runtime.
 */
export function clinicBannerWords(locale: Locale): ClinicBannerWords {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: 'clinic' });
  const problem = createTranslator({ locale, messages, namespace: 'share.linkProblem' });
  return {
    sharedBy: toBlank(t('details.sharedBy', { name: BLANK_MARK })),
    records: toBlank(t('details.records', { contact: BLANK_MARK })),
    private: t('details.private'),
    hide: t('details.hide'),
    unreadable: t('banner.unreadable'),
    stillUse: t('banner.stillUse'),
    more: t('banner.more'),
    problems: Object.fromEntries(
      SHARE_ERROR_CODES.map((code) => [code, problem(code)]),
    ) as ClinicBannerWords['problems'],
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: THEME_COLOUR,
};

/** The page frame in one language: `<html lang>`, the emergency line, header, footer and clinic banner. */
export function RootLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  setRequestLocale(locale);
  const { lastReviewed } = getContent(locale);
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader locale={locale} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 sm:px-6">
          <ClinicBanner words={clinicBannerWords(locale)} />
          {children}
        </main>
        <SiteFooter locale={locale} lastReviewed={lastReviewed} />
        <UpdateNotice words={messagesFor(locale).offline.update} />
      </body>
    </html>
  );
}
