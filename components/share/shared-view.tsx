'use client';

import Link from 'next/link';
import { type ReactNode, useSyncExternalStore } from 'react';
import { DEVICE_STORES } from '@/components/device/device-stores';
import type { DeviceStore } from '@/components/device/create-device-store';
import { StorageNotices } from '@/components/device/storage-notices';
import { useDeviceStore } from '@/components/device/use-device-store';
import type { Feature } from '@/lib/storage/feature';
import { decodeShare, SHARE_ERROR_MESSAGES } from '@/lib/share/codec';
import type { Saved, SavedKind } from '@/lib/share/features';
import { fragmentValue, SHARE_PARAM } from '@/lib/share/link';
import { SaveShared } from './save-shared';
import { SHARED_PARTS, type SharedContent, type SharedPart } from './shared-parts';
import { useFragment } from './use-fragment';

const noSubscription = () => () => {};

const H1 = ({ children }: { children: string }) => (
  <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{children}</h1>
);

// TypeScript cannot follow one kind through these lookups; SHARED_PARTS and DEVICE_STORES are typed per kind.
type AnyPart = SharedPart<SavedKind> & {
  toSave?: (data: object, content: SharedContent) => object;
  target: (data: object, content: SharedContent) => { href: string; label: string };
  View: (props: { data: object; content: SharedContent }) => ReactNode;
};

function SharedCopy({
  shared,
  dropped,
  content,
}: {
  shared: Saved;
  dropped: string[];
  content: SharedContent;
}) {
  const part = SHARED_PARTS[shared.kind] as unknown as AnyPart;
  const store = DEVICE_STORES[shared.kind] as unknown as DeviceStore<object>;
  const { ready } = useDeviceStore(store);
  const data = part.toSave ? part.toSave(shared.data, content) : shared.data;
  const merge = store.feature.merge as Feature<string, object>['merge'];
  return (
    <>
      <H1>{part.title}</H1>
      <StorageNotices stores={[store]} />
      {dropped.length > 0 && (
        <div role="status" className="mt-6 max-w-prose border-l-8 border-warn bg-warn-bg p-4">
          <p className="font-semibold">
            Part of this link could not be read, so it is left out: {dropped.join(', ')}.
          </p>
          <p className="mt-2">Everything else in the link is shown below.</p>
        </div>
      )}
      <part.View data={data} content={content} />
      {ready && (
        <SaveShared
          what={part.what}
          target={part.target(data, content)}
          // Asked at the moment of saving, from storage itself: another tab may have saved something since.
          holdsData={() => store.feature.holdsData(store.current())}
          onReplace={() => store.getState().replace(data)}
          onKeepBoth={
            merge
              ? () => {
                  let leftOut = 0;
                  store.getState().replace((mine) => {
                    const merged = merge(mine, data);
                    leftOut = merged.leftOut;
                    return merged.value;
                  });
                  return leftOut;
                }
              : undefined
          }
        />
      )}
    </>
  );
}

/** Opens a share link: shows the shared copy first, read-only, then offers to save it on this device. */
export function SharedView(content: SharedContent) {
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const hash = useFragment();
  if (!mounted) return <H1>A shared copy</H1>;
  const payload = fragmentValue(hash, SHARE_PARAM);
  const decoded = payload === null ? null : decodeShare(payload);
  if (!decoded || !decoded.ok || decoded.value.kind === 'clinic') {
    const message =
      decoded && !decoded.ok ? SHARE_ERROR_MESSAGES[decoded.error] : SHARE_ERROR_MESSAGES['not-ours'];
    return (
      <>
        <H1>This link cannot be opened</H1>
        <div role="alert" className="mt-6 max-w-prose border-l-8 border-warn bg-warn-bg p-4">
          <p className="font-bold">{payload === null ? 'There is no shared copy in this link.' : message}</p>
          <p className="mt-2">Nothing saved on this device has been changed.</p>
        </div>
        <p className="mt-6 max-w-prose">
          You can <Link href="/">go to the home page</Link> or{' '}
          <Link href="/guide">start the questions yourself</Link>.
        </p>
      </>
    );
  }
  return <SharedCopy key={hash} shared={decoded.value} dropped={decoded.dropped} content={content} />;
}
