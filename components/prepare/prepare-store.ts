'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { prepareData } from '@/lib/prepare/data';

export const prepareStore = createDeviceStore(prepareData);
