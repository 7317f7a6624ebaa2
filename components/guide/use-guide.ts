'use client';

import { useDeviceStore } from '@/components/device/use-device-store';
import { guideStore } from './guide-store';

/** The wizard's answers as saved on this device. */
export function useGuide() {
  return useDeviceStore(guideStore);
}
