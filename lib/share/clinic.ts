import type { Feature } from '../storage/feature';
import { type ClinicV1, clinicV1 } from './versions/clinic-v1';

export const CLINIC_PAGES = ['/guide', '/prepare', '/compare', '/learn'] as const;
export const CLINIC_LIMITS = { name: 80, contact: 160, note: 280 } as const;

/** What a clinic's link carries: only the clinic's own details, never a patient's. The shape in use. */
export const clinicSchema = clinicV1;
export type Clinic = ClinicV1;

/** What is wrong with a field: left empty, or longer than its limit. Words are in the messages (`clinic.errors`). */
export type ClinicFieldError = 'missing' | 'too-long';
export interface ClinicFormErrors {
  name?: ClinicFieldError;
  contact?: ClinicFieldError;
  note?: ClinicFieldError;
}

/** Checks the clinic form; returns a problem per field at fault, in the order of the form. */
export function clinicErrors(input: Clinic): ClinicFormErrors {
  const errors: ClinicFormErrors = {};
  if (input.name.trim() === '') errors.name = 'missing';
  else if (input.name.trim().length > CLINIC_LIMITS.name) errors.name = 'too-long';
  if (input.contact.trim().length > CLINIC_LIMITS.contact) errors.contact = 'too-long';
  if (input.note.trim().length > CLINIC_LIMITS.note) errors.note = 'too-long';
  return errors;
}

/** A clinic's details only travel in links: nothing is merged or kept in localStorage. */
export const clinicData = {
  kind: 'clinic',
  versions: [{ version: 1, schema: clinicV1, empty: { name: '', contact: '', note: '' } }],
  empty: { name: '', contact: '', note: '' },
  parts: { name: true, contact: true, note: true },
  holdsData: () => false,
} satisfies Feature<'clinic', Clinic>;
