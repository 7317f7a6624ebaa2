'use client';

import type { StorageProblem } from '@/lib/storage/safe-storage';

const MESSAGES: Record<StorageProblem, string> = {
  unreadable:
    'The answers saved on this device could not be read, so they have been cleared. Please start again.',
  'newer-version':
    'The answers saved on this device came from a newer version of this guide and could not be used here. Please start again.',
};

/** A calm notice when stored data had to be set aside; the page itself keeps working. */
export function StorageNotice({
  problem,
  onDismiss,
}: {
  problem: StorageProblem | null;
  onDismiss: () => void;
}) {
  if (!problem) return null;
  return (
    <div role="status" className="mb-6 max-w-prose border-l-8 border-brand bg-pale p-4">
      <p className="font-semibold">{MESSAGES[problem]}</p>
      <button type="button" onClick={onDismiss} className="mt-2 text-base text-brand underline">
        Hide this message
      </button>
    </div>
  );
}
