'use client';

import { compareStore } from '@/components/compare/compare-store';
import { guideStore } from '@/components/guide/guide-store';
import { lettersStore } from '@/components/letters/letters-store';
import { prepareStore } from '@/components/prepare/prepare-store';
import { questionsStore } from '@/components/questions/questions-store';
import { clinicKitStore } from '@/components/share/clinic-kit-store';
import type { SavedKind } from '@/lib/share/features';

/** Every store the guide keeps on this device, by the kind of data a link can carry into it. */
export const DEVICE_STORES = {
  guide: guideStore,
  prepare: prepareStore,
  questions: questionsStore,
  compare: compareStore,
} as const satisfies Record<SavedKind, unknown>;

/**
 * Stores no link can carry: letters (names and dates of birth) and the clinic kit's details (staff's,
 * kept until they forget them). Kept on this device and deleted with the rest.
 */
export const DEVICE_ONLY_STORES = { letters: lettersStore, clinicKit: clinicKitStore } as const;
