/**
 * The languages the guide is offered in. English keeps the addresses people already have; every other
 * language lives under its own prefix (`/es/...`). Adding a language starts here.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** What `<html lang>` and `hreflang` say: the language as spoken in the United States. */
export const HTML_LANG: Record<Locale, string> = { en: 'en-US', es: 'es-US' };
/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', es: 'Español' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The address of a page of the guide in a language: `/prepare` → `/es/prepare`. Fragments and queries stay. */
export function localePath(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === '/' || /^\/[?#]/.test(href)) return `/${locale}${href.slice(1)}`;
  return `/${locale}${href}`;
}

/** The language a path is in, and the path as English would write it. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE)
    return { locale: match[1], path: match[2] || '/' };
  return { locale: DEFAULT_LOCALE, path: pathname || '/' };
}
