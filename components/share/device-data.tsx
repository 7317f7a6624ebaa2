'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { DEVICE_STORES } from '@/components/device/device-stores';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { CLINIC_SESSION_KEY } from '@/lib/share/fragment';
import { Section } from '@/components/ui/section';

const STORES = [
  { store: DEVICE_STORES.guide, what: 'Your answers to “Should I get a second opinion?” and the SURE check' },
  { store: DEVICE_STORES.prepare, what: 'Your ticks and your own items in Get ready' },
  { store: DEVICE_STORES.questions, what: 'Your list of questions and what each doctor said' },
  { store: DEVICE_STORES.compare, what: 'The opinions you compared and your weighing' },
] as const;

/** Re-reads when another tab changes storage, or this one deletes (a re-render). */
function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

function presentKeys(): string {
  try {
    const local = STORES.filter(({ store }) => window.localStorage.getItem(store.key) !== null).map(
      ({ store }) => store.key,
    );
    const session = window.sessionStorage.getItem(CLINIC_SESSION_KEY) !== null ? [CLINIC_SESSION_KEY] : [];
    return [...local, ...session].join(' ');
  } catch {
    return '';
  }
}

/** What the guide keeps in this browser, under which names, and a way to delete all of it. */
export function DeviceData() {
  const [deleted, setDeleted] = useState(0);
  useEffect(() => {
    if (deleted > 0) document.getElementById('deleted-title')?.focus();
  }, [deleted]);
  // Read on every render (a string, so unchanged reads cost nothing); a delete re-renders and re-reads.
  const present = useSyncExternalStore(subscribe, presentKeys, () => null);
  const rows = [
    ...STORES.map(({ store, what }) => ({ key: store.key, what, where: 'This browser’s local storage' })),
    {
      key: CLINIC_SESSION_KEY,
      what: 'The clinic that shared the guide with you, if any',
      where: 'This browser session only',
    },
  ];

  function deleteEverything() {
    // Every open tab follows: each store hears the removal through the storage event and empties itself.
    for (const { store } of STORES) store.getState().reset();
    try {
      window.sessionStorage.removeItem(CLINIC_SESSION_KEY);
    } catch {
      // Session storage blocked: nothing was kept there.
    }
    setDeleted((n) => n + 1);
  }

  const held = present === null ? null : new Set(present.split(' ').filter(Boolean));
  return (
    <Section id="device-data-title" title="What is saved on this device" className="mt-12">
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-base">
          <caption className="sr-only">Everything this guide can save in this browser</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-3">
                Name
              </th>
              <th scope="col" className="py-2 pr-3">
                What it holds
              </th>
              <th scope="col" className="py-2 pr-3">
                Where
              </th>
              <th scope="col" className="py-2">
                Saved now?
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-3 font-mono text-sm font-normal">
                  {row.key}
                </th>
                <td className="py-2 pr-3">{row.what}</td>
                <td className="py-2 pr-3">{row.where}</td>
                <td className="py-2">{held === null ? '…' : held.has(row.key) ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="no-print mt-6">
        {deleted > 0 ? (
          <div role="status" className="border-l-8 border-brand bg-pale p-4">
            <h3 id="deleted-title" tabIndex={-1} className="text-lg font-bold">
              Everything is deleted
            </h3>
            <p className="mt-1">Everything this guide saved on this device has been deleted.</p>
          </div>
        ) : (
          <ConfirmAction
            buttonText="Delete everything on this device"
            question="Delete everything this guide saved on this device?"
            detail="This deletes your answers, checklists, questions, notes and comparisons from this browser. You cannot undo it."
            confirmText="Yes, delete everything"
            cancelText="No, keep it"
            onConfirm={deleteEverything}
          />
        )}
      </div>
    </Section>
  );
}
