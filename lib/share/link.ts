import type { Clinic } from './clinic';
import { encodeShare, type Shared } from './codec';

export const SHARE_PARAM = 'share';
export const CLINIC_PARAM = 'clinic';
export const SHARED_PATH = '/shared';

/** The link for shared state: the data sits in the fragment, which browsers never send to a server. */
export function shareUrl(origin: string, value: Exclude<Shared, { kind: 'clinic' }>): string {
  return `${origin}${SHARED_PATH}#${SHARE_PARAM}=${encodeShare(value)}`;
}

/** A clinic's link to one page of the guide, carrying only the clinic's details. */
export function clinicUrl(origin: string, page: string, clinic: Clinic): string {
  return `${origin}${page}#${CLINIC_PARAM}=${encodeShare({ kind: 'clinic', data: clinic })}`;
}

/** The payload after `#share=` or `#clinic=` in a fragment, or null when there is none. */
export function fragmentValue(hash: string, param: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const [key, ...rest] = part.split('=');
    if (key === param) return rest.join('=');
  }
  return null;
}
