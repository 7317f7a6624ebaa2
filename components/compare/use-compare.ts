'use client';

import { useDeviceStore } from '@/components/device/use-device-store';
import { compareStore } from './compare-store';

/** The comparison as saved on this device. */
export function useCompare() {
  return useDeviceStore(compareStore);
}
