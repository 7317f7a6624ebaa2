'use client';

import type { StorageProblem } from '@/lib/storage/safe-storage';

function message(problem: StorageProblem): string[] {
  switch (problem.kind) {
    case 'unreadable':
      return [`What was saved on this device for ${problem.what} could not be read, so it has been cleared.`];
    case 'partial':
      return [
        `Part of what was saved for ${problem.what} could not be read, so it was left out: ${problem.lost.join(', ')}.`,
        'Everything else is as you left it.',
      ];
    case 'newer-version':
      return [
        `What is saved on this device for ${problem.what} was made by a newer version of this guide, so this page cannot show it.`,
        'It is kept as it is. Changes you make on this page will not be saved over it.',
      ];
  }
}

/** A calm notice when stored data could not all be used; the page itself keeps working. */
export function StorageNotice({
  problem,
  onDismiss,
}: {
  problem: StorageProblem | null;
  onDismiss: () => void;
}) {
  if (!problem) return null;
  const [first, ...rest] = message(problem);
  return (
    <div role="status" className="mb-6 max-w-prose border-l-8 border-brand bg-pale p-4">
      <p className="font-semibold">{first}</p>
      {rest.map((line) => (
        <p key={line} className="mt-2">
          {line}
        </p>
      ))}
      <button type="button" onClick={onDismiss} className="mt-2 text-base text-brand underline">
        Hide this message
      </button>
    </div>
  );
}
