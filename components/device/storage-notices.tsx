'use client';

import { useEffect } from 'react';
import { StorageNotice } from '@/components/device/storage-notice';
import type { DeviceStoreApi } from './create-device-store';

type Notices = Pick<DeviceStoreApi<object>, 'problem' | 'dismissProblem'>;
/** All a notice needs of a device store, whatever it holds. */
type NoticeSource = { key: string; start: () => void } & (<U>(selector: (state: Notices) => U) => U);

function OneNotice({ store }: { store: NoticeSource }) {
  const problem = store((state) => state.problem);
  const dismiss = store((state) => state.dismissProblem);
  useEffect(() => store.start(), [store]);
  return <StorageNotice problem={problem} onDismiss={dismiss} />;
}

/** The notices of pages that read several stores (the packet, a shared copy), one per store with a problem. */
export function StorageNotices({ stores }: { stores: readonly NoticeSource[] }) {
  return (
    <>
      {stores.map((store) => (
        <OneNotice key={store.key} store={store} />
      ))}
    </>
  );
}
