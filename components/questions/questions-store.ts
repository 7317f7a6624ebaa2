'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { questionsData } from '@/lib/questions/data';

export const questionsStore = createDeviceStore(questionsData);
