import type { Feature } from '../storage/feature';
import { mergePrepare } from './merge';
import { EMPTY_PREPARE, type PrepareState } from './state';
import { EMPTY_PREPARE_V1, prepareV1 } from './versions/v1';

export const prepareData = {
  kind: 'prepare',
  key: 'sog.prepare',
  versions: [{ version: 1, schema: prepareV1, empty: EMPTY_PREPARE_V1 }],
  empty: EMPTY_PREPARE,
  parts: { ticked: true, custom: true },
  holdsData: (value) => value.ticked.length > 0 || value.custom.length > 0,
  merge: mergePrepare,
} satisfies Feature<'prepare', PrepareState>;
