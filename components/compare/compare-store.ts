'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { compareData } from '@/lib/compare/data';

export const compareStore = createDeviceStore(compareData);
