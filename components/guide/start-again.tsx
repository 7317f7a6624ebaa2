'use client';

import { ConfirmAction } from '@/components/ui/confirm-action';

/** Start again, asking first: it deletes every answer saved on this device. */
export function StartAgain({ onConfirm }: { onConfirm: () => void }) {
  return (
    <ConfirmAction
      buttonText="Start again"
      question="Delete your answers and start again?"
      detail="This removes every answer saved on this device. You cannot undo it."
      confirmText="Yes, delete my answers"
      cancelText="No, keep my answers"
      onConfirm={onConfirm}
    />
  );
}
