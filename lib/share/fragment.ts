export const SHARE_PARAM = 'share';
export const CLINIC_PARAM = 'clinic';
/** Where a clinic's details are kept for the rest of the browser session. */
export const CLINIC_SESSION_KEY = 'sog.clinic';

/** The payload after `#share=` or `#clinic=` in a fragment, or null when there is none. Kept free of other imports so every page can afford it. */
export function fragmentValue(hash: string, param: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const [key, ...rest] = part.split('=');
    if (key === param) return rest.join('=');
  }
  return null;
}
