'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useState } from 'react';
import { DEVICE_STORES } from '@/components/device/device-stores';
import type { DeviceStore } from '@/components/device/create-device-store';
import { StorageNotices } from '@/components/device/storage-notices';
import { useDeviceStore } from '@/components/device/use-device-store';
import type { Feature } from '@/lib/storage/feature';
import { localePath } from '@/lib/i18n/locales';
import { useStorageWords } from '@/components/device/storage-words';
import type { DroppedCount } from '@/lib/storage/versioned';
import type { Saved, SavedKind } from '@/lib/share/features';
import { fragmentValue, SHARE_PARAM } from '@/lib/share/fragment';
import { SaveShared } from './save-shared';
import { SHARED_PARTS, type SharedContent, type SharedPart } from './shared-parts';
import { useFragment } from './use-fragment';

const H1 = ({ children }: { children: string }) => (
  <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{children}</h1>
);

// TypeScript cannot follow one kind through these lookups; SHARED_PARTS and DEVICE_STORES are typed per kind.
type AnyPart = SharedPart<SavedKind> & {
  toSave?: (data: object, content: SharedContent) => object;
  target: (data: object, content: SharedContent) => string;
  View: (props: { data: object; content: SharedContent }) => ReactNode;
};

function SharedCopy({
  shared,
  dropped,
  content,
}: {
  shared: Saved;
  dropped: DroppedCount[];
  content: SharedContent;
}) {
  const t = useTranslations('share.shared');
  const words = useStorageWords();
  const locale = useLocale();
  const part = SHARED_PARTS[shared.kind] as unknown as AnyPart;
  const store = DEVICE_STORES[shared.kind] as unknown as DeviceStore<object>;
  const { ready } = useDeviceStore(store);
  const data = part.toSave ? part.toSave(shared.data, content) : shared.data;
  const merge = store.feature.merge as Feature<string, object>['merge'];
  return (
    <>
      <H1>{t(`${shared.kind}.title`)}</H1>
      <StorageNotices stores={[store]} />
      {dropped.length > 0 && (
        <div role="status" className="mt-6 max-w-prose border-l-8 border-warn bg-warn-bg p-4">
          <p className="font-semibold">{t('dropped', { lost: words.lost(shared.kind, dropped) })}</p>
          <p className="mt-2">{t('droppedRest')}</p>
        </div>
      )}
      <part.View data={data} content={content} />
      {ready && (
        <SaveShared
          what={t(`${shared.kind}.what`)}
          target={{
            href: localePath(locale, part.target(data, content)),
            label: t(`${shared.kind}.target`),
          }}
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
  // The decoder loads after the page does: the link's data is only in the fragment, which the
  // prerendered page never has anyway.
  const [codec, setCodec] = useState<typeof import('@/lib/share/codec') | null>(null);
  useEffect(() => {
    void import('@/lib/share/codec').then(setCodec);
  }, []);
  const hash = useFragment();
  const t = useTranslations('share');
  const locale = useLocale();
  if (!codec) return <H1>{t('shared.loading')}</H1>;
  const payload = fragmentValue(hash, SHARE_PARAM);
  const decoded = payload === null ? null : codec.decodeShare(payload);
  if (!decoded || !decoded.ok || decoded.value.kind === 'clinic') {
    const message = t(`linkProblem.${decoded && !decoded.ok ? decoded.error : 'not-ours'}`);
    return (
      <>
        <H1>{t('shared.cannotOpen')}</H1>
        <div role="alert" className="mt-6 max-w-prose border-l-8 border-warn bg-warn-bg p-4">
          <p className="font-bold">{payload === null ? t('shared.noCopy') : message}</p>
          <p className="mt-2">{t('shared.unchanged')}</p>
        </div>
        <p className="mt-6 max-w-prose">
          {t.rich('shared.elsewhere', {
            home: (chunks) => <Link href={localePath(locale, '/')}>{chunks}</Link>,
            guide: (chunks) => <Link href={localePath(locale, '/guide')}>{chunks}</Link>,
          })}
        </p>
      </>
    );
  }
  return <SharedCopy key={hash} shared={decoded.value} dropped={decoded.dropped} content={content} />;
}
