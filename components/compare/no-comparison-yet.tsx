import Link from 'next/link';
import { StorageNotice } from '@/components/guide/storage-notice';
import { buttonClass } from '@/components/ui/styles';
import type { StorageProblem } from '@/lib/storage/safe-storage';

/** Shown on the later compare steps before anything has been entered. */
export function NoComparisonYet({
  problem,
  onDismiss,
}: {
  problem: StorageProblem | null;
  onDismiss: () => void;
}) {
  return (
    <>
      <StorageNotice problem={problem} onDismiss={onDismiss} />
      <p className="mt-6 max-w-prose">Nothing has been entered yet.</p>
      <p className="mt-6">
        <Link href="/compare" className={buttonClass}>
          Enter the opinions
        </Link>
      </p>
    </>
  );
}
