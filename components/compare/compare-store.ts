'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { compareStateSchema, EMPTY_COMPARE } from '@/lib/compare/state';

export const compareStore = createDeviceStore('sog.compare', compareStateSchema, 1, EMPTY_COMPARE);
