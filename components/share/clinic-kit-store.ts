'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { clinicKitData } from '@/lib/share/clinic-kit-data';

export const clinicKitStore = createDeviceStore(clinicKitData);
