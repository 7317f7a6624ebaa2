import '../zod-config';
import { z } from 'zod/mini';

export const CLINIC_PAGES = ['/guide', '/prepare', '/compare', '/learn'] as const;
export const CLINIC_LIMITS = { name: 80, contact: 160, note: 280 } as const;

/** What a clinic's link carries: only the clinic's own details, never a patient's. */
export const clinicSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(CLINIC_LIMITS.name)),
  contact: z.string().check(z.trim(), z.maxLength(CLINIC_LIMITS.contact)),
  note: z.string().check(z.trim(), z.maxLength(CLINIC_LIMITS.note)),
});
export type Clinic = z.infer<typeof clinicSchema>;

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
