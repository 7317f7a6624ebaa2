'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { guideData } from '@/lib/guide/data';

export const guideStore = createDeviceStore(guideData);
