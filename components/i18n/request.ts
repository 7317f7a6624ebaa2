import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

// Every layout and page names its language (setRequestLocale), so pages stay static: nothing here
// reads a header or a cookie.
export default getRequestConfig(async ({ requestLocale, locale: asked }) => {
  const wanted = asked ?? (await requestLocale);
  const locale = isLocale(wanted) ? wanted : DEFAULT_LOCALE;
  return { locale, messages: messagesFor(locale), timeZone: 'America/New_York' };
});
