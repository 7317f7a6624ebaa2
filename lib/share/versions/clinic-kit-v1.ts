// Frozen: the /clinic form as kept on a staff member's device (stored as `sog.clinic-kit` version 1).
// Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';

// The form is kept as typed, before it is checked, so the limits here are looser than the link's:
// a draft that is too long still comes back and shows its error when the kit is made.
export const clinicKitV1 = z.strictObject({
  name: z.string().check(z.maxLength(1000)),
  contact: z.string().check(z.maxLength(1000)),
  note: z.string().check(z.maxLength(2000)),
  /** The English path of the page the link opens (`/guide`, `/learn/...`). */
  page: z.string().check(z.maxLength(200)),
  /** True once the kit was made from these details, so it is made again on return. */
  made: z.boolean(),
});
export type ClinicKitV1 = z.infer<typeof clinicKitV1>;

export const EMPTY_CLINIC_KIT_V1: ClinicKitV1 = { name: '', contact: '', note: '', page: '', made: false };
