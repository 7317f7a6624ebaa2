'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { lettersData } from '@/lib/letters/data';

export const lettersStore = createDeviceStore(lettersData);
