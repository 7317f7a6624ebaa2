'use client';

import { useRouter } from 'next/navigation';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { GUIDE_START } from '@/lib/guide/paths';
import { guideStore } from './guide-store';

/**
 * Start again, asking first: it deletes every answer saved on this device and returns to the first
 * question (`onDone` does that inside the wizard; elsewhere it opens the wizard).
 */
export function StartAgain({ onDone }: { onDone?: () => void }) {
  const router = useRouter();
  return (
    <ConfirmAction
      buttonText="Start again"
      question="Delete your answers and start again?"
      detail="This removes every answer saved on this device. You cannot undo it."
      confirmText="Yes, delete my answers"
      cancelText="No, keep my answers"
      onConfirm={() => {
        guideStore.getState().reset();
        if (onDone) onDone();
        else router.push(GUIDE_START);
      }}
    />
  );
}
