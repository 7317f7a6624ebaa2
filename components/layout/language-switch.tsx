'use client';

import { usePathname } from 'next/navigation';
import { HTML_LANG, LANGUAGE_NAME, type Locale, localePath, splitLocale } from '@/lib/i18n/locales';

/**
 * A link to the same page in the other language. The path is known when the page is built; the
 * place on the page (a wizard step, a shared link's data) lives in the fragment and query, which are
 * added when the link is followed so the person lands where they were.
 */
export function LanguageSwitch({ to, label }: { to: Locale; label: string }) {
  const { path } = splitLocale(usePathname() ?? '/');
  const href = localePath(to, path);
  return (
    <a
      href={href}
      hrefLang={HTML_LANG[to]}
      lang={HTML_LANG[to]}
      className="inline-block py-1 font-semibold text-white underline visited:text-white hover:text-white"
      onClick={(event) => {
        event.currentTarget.href = `${href}${window.location.search}${window.location.hash}`;
      }}
    >
      <span className="sr-only">{label}: </span>
      {LANGUAGE_NAME[to]}
    </a>
  );
}
