'use client';

import { StorageNotice } from '@/components/guide/storage-notice';
import type { DeviceStore } from './create-device-store';
import { useDeviceStore } from './use-device-store';

function OneNotice<S extends object>({ store }: { store: DeviceStore<S> }) {
  const { problem, dismissProblem } = useDeviceStore(store);
  return <StorageNotice problem={problem} onDismiss={dismissProblem} />;
}

/** The notices of pages that read several stores (the packet, a shared copy), one per store with a problem. */
export function StorageNotices({ stores }: { stores: readonly DeviceStore<object>[] }) {
  return (
    <>
      {stores.map((store) => (
        <OneNotice key={store.key} store={store} />
      ))}
    </>
  );
}
