import { DEFAULT_LOCALE, type Locale, localePath } from '../i18n/locales';
import type { Clinic } from './clinic';
import { encodeShare, type Shared } from './codec';

import { CLINIC_PARAM, SHARE_PARAM } from './fragment';

export { CLINIC_PARAM, fragmentValue, SHARE_PARAM } from './fragment';
export const SHARED_PATH = '/shared';

/**
 * The link for shared state: the data sits in the fragment, which browsers never send to a server. It
 * opens in the language it was made in (English at `/shared`, as links always have).
 */
export function shareUrl(
  origin: string,
  value: Exclude<Shared, { kind: 'clinic' }>,
  locale: Locale = DEFAULT_LOCALE,
): string {
  return `${origin}${localePath(locale, SHARED_PATH)}#${SHARE_PARAM}=${encodeShare(value)}`;
}

/** A clinic's link to one page of the guide in a language, carrying only the clinic's details. */
export function clinicUrl(
  origin: string,
  page: string,
  clinic: Clinic,
  locale: Locale = DEFAULT_LOCALE,
): string {
  return `${origin}${localePath(locale, page)}#${CLINIC_PARAM}=${encodeShare({ kind: 'clinic', data: clinic })}`;
}
