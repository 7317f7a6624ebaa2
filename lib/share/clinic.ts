import type { Feature } from '../storage/feature';
import { type ClinicV1, clinicV1 } from './versions/clinic-v1';

export const CLINIC_PAGES = ['/guide', '/prepare', '/compare', '/learn'] as const;
export const CLINIC_LIMITS = { name: 80, contact: 160, note: 280 } as const;

/** What a clinic's link carries: only the clinic's own details, never a patient's. The shape in use. */
export const clinicSchema = clinicV1;
export type Clinic = ClinicV1;

export interface ClinicFormErrors {
  name?: string;
  contact?: string;
  note?: string;
}

/** Checks the clinic form; returns a message per field at fault, in the order of the form. */
export function clinicErrors(input: Clinic): ClinicFormErrors {
  const errors: ClinicFormErrors = {};
  if (input.name.trim() === '') errors.name = 'Enter the name of the clinic';
  else if (input.name.trim().length > CLINIC_LIMITS.name)
    errors.name = `Use ${CLINIC_LIMITS.name} characters or fewer for the name`;
  if (input.contact.trim().length > CLINIC_LIMITS.contact)
    errors.contact = `Use ${CLINIC_LIMITS.contact} characters or fewer for the contact line`;
  if (input.note.trim().length > CLINIC_LIMITS.note)
    errors.note = `Use ${CLINIC_LIMITS.note} characters or fewer for the note`;
  return errors;
}

/** A clinic's details only travel in links: nothing is merged or kept in localStorage. */
export const clinicData = {
  kind: 'clinic',
  what: 'a clinic’s details',
  versions: [{ version: 1, schema: clinicV1, empty: { name: '', contact: '', note: '' } }],
  empty: { name: '', contact: '', note: '' },
  parts: {
    name: ['clinic name', 'clinic names'],
    contact: ['contact line', 'contact lines'],
    note: ['note', 'notes'],
  },
  holdsData: () => false,
} satisfies Feature<'clinic', Clinic>;
