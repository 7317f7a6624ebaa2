import type { Feature } from '../storage/feature';
import { type ClinicKitV1, clinicKitV1, EMPTY_CLINIC_KIT_V1 } from './versions/clinic-kit-v1';

/**
 * The clinic kit's form, kept on the staff member's own device until they forget it. These are the
 * clinic's details, never a patient's; they never travel in a shared copy (only in the clinic link).
 */
export type ClinicKitState = ClinicKitV1;
export const EMPTY_CLINIC_KIT: ClinicKitState = EMPTY_CLINIC_KIT_V1;

export const clinicKitData = {
  kind: 'clinicKit',
  key: 'sog.clinic-kit',
  versions: [{ version: 1, schema: clinicKitV1, empty: EMPTY_CLINIC_KIT_V1 }],
  empty: EMPTY_CLINIC_KIT,
  parts: { name: true, contact: true, note: true, page: true, made: true },
  holdsData: (value) => [value.name, value.contact, value.note].some((text) => text.trim() !== ''),
} satisfies Feature<'clinicKit', ClinicKitState>;

/** The page to open: the saved one when the kit still offers it, else the first on offer. */
export function chosenPage(saved: string, offered: readonly string[]): string {
  return offered.includes(saved) ? saved : (offered[0] ?? '/guide');
}
