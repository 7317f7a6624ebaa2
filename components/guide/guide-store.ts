'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { EMPTY_GUIDE, guideStateSchema } from '@/lib/guide/state';

export const guideStore = createDeviceStore('sog.guide', guideStateSchema, 1, EMPTY_GUIDE);
