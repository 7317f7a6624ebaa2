import type { Metadata } from 'next';
import { HTML_LANG, LOCALES, type Locale, localePath } from '@/lib/i18n/locales';

/**
 * A page's title and description, with its address in every language as `hreflang` alternates, so
 * search engines and browsers can offer the twin page.
 */
export function pageMetadata(locale: Locale, path: string, meta: Metadata): Metadata {
  return {
    ...meta,
    alternates: {
      canonical: localePath(locale, path),
      languages: {
        ...Object.fromEntries(LOCALES.map((each) => [HTML_LANG[each], localePath(each, path)])),
        'x-default': path,
      },
    },
  };
}
