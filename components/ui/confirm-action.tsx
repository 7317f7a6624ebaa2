'use client';

import { useEffect, useRef, useState } from 'react';
import { secondaryButtonClass, warningButtonClass } from './styles';

interface ConfirmActionProps {
  buttonText: string;
  question: string;
  detail: string;
  confirmText: string;
  cancelText: string;
  onConfirm: () => void;
}

/** A destructive action with a second step, so nothing is deleted by a slip of the finger. */
export function ConfirmAction({
  buttonText,
  question,
  detail,
  confirmText,
  cancelText,
  onConfirm,
}: ConfirmActionProps) {
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
        {buttonText}
      </button>
    );
  }
  return (
    <section aria-labelledby="confirm-title" className="max-w-prose border-4 border-warn p-4">
      <h2 id="confirm-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        {question}
      </h2>
      <p className="mt-2">{detail}</p>
      <div className="mt-4 flex flex-wrap gap-4">
        <button type="button" className={warningButtonClass} onClick={onConfirm}>
          {confirmText}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>
          {cancelText}
        </button>
      </div>
    </section>
  );
}
