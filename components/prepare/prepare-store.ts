'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { EMPTY_PREPARE, prepareStateSchema } from '@/lib/prepare/state';

export const prepareStore = createDeviceStore('sog.prepare', prepareStateSchema, 1, EMPTY_PREPARE);
