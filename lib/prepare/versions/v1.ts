// Frozen: the Get ready checklists as released in 0.1 (stored as `sog.prepare` version 1, shared in v1 links).
// Never change this file: a new shape is a new version with a step up from this one.
import '../../zod-config';
import { z } from 'zod/mini';
import { uniqueBy } from '../../storage/unique';

export const prepareV1 = z.strictObject({
  /** Keys of ticked items: `listId/itemId` for the guide's own items, `custom/id` for the person's. */
  ticked: z.array(z.string().check(z.maxLength(200))).check(
    z.maxLength(1000),
    uniqueBy((key: string) => key),
  ),
  custom: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1), z.maxLength(80)),
        listId: z.string().check(z.maxLength(80)),
        text: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
      }),
    )
    .check(
      z.maxLength(300),
      uniqueBy((item: { id: string }) => item.id),
    ),
});
export type PrepareV1 = z.infer<typeof prepareV1>;

export const EMPTY_PREPARE_V1: PrepareV1 = { ticked: [], custom: [] };
