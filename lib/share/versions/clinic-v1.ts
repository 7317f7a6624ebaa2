// Frozen: a clinic's details as carried by v1 clinic links since release 0.1.
// Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';

export const clinicV1 = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  contact: z.string().check(z.trim(), z.maxLength(160)),
  note: z.string().check(z.trim(), z.maxLength(280)),
});
export type ClinicV1 = z.infer<typeof clinicV1>;
