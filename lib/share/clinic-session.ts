import { type Clinic, clinicSchema } from './clinic';
import { decodeShare, type ShareErrorCode } from './codec';
import { CLINIC_SESSION_KEY } from './fragment';

export type ClinicLookup = { clinic: Clinic } | { problem: ShareErrorCode } | null;

/**
 * The clinic a kit link came from: read from the link when it has one (and kept for this browser
 * session), else from this session. Damaged links give a problem code, never an exception.
 */
export function readClinic(payload: string | null, session: Storage | undefined): ClinicLookup {
  if (payload !== null) {
    const decoded = decodeShare(payload);
    if (!decoded.ok) return { problem: decoded.error };
    if (decoded.value.kind !== 'clinic') return { problem: 'not-ours' };
    try {
      session?.setItem(CLINIC_SESSION_KEY, JSON.stringify(decoded.value.data));
    } catch {
      // Session storage blocked: the banner still shows on this page.
    }
    return { clinic: decoded.value.data };
  }
  try {
    const raw = session?.getItem(CLINIC_SESSION_KEY);
    if (!raw) return null;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    const parsed = clinicSchema.safeParse(value);
    if (parsed.success) return { clinic: parsed.data };
    session?.removeItem(CLINIC_SESSION_KEY);
  } catch {
    // Storage blocked: treated as no clinic.
  }
  return null;
}
