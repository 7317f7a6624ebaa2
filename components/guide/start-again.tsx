'use client';

import { useEffect, useRef, useState } from 'react';
import { secondaryButtonClass, warningButtonClass } from '@/components/ui/styles';

/** Start again, with a second step so answers are never deleted by a slip of the finger. */
export function StartAgain({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) headingRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className={secondaryButtonClass} onClick={() => setAsking(true)}>
        Start again
      </button>
    );
  }
  return (
    <section aria-labelledby="start-again-title" className="max-w-prose border-4 border-warn p-4">
      <h2 id="start-again-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        Delete your answers and start again?
      </h2>
      <p className="mt-2">This removes every answer saved on this device. You cannot undo it.</p>
      <div className="mt-4 flex flex-wrap gap-4">
        <button type="button" className={warningButtonClass} onClick={onConfirm}>
          Yes, delete my answers
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>
          No, keep my answers
        </button>
      </div>
    </section>
  );
}
