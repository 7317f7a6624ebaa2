import { DEFAULT_LOCALE, HTML_LANG, type Locale } from './i18n/locales';

/**
 * "2026-11-21" → "November 21, 2026" or "21 de noviembre de 2026", read as a calendar date in UTC
 * so server and client agree whatever the time zone.
 */
export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) return isoDate;
  return new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
