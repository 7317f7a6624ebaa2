'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { secondaryButtonClass, warningButtonClass } from './styles';

interface ConfirmWords {
  question: string;
  detail: string;
  confirmText: string;
  cancelText: string;
  /** The question's heading level: 2 on its own, 3 inside a part of the page that has an h2. */
  level?: 2 | 3;
}

interface ConfirmBoxProps extends ConfirmWords {
  onConfirm: () => void;
  onCancel: () => void;
}

/** The second step of a destructive action: a question that takes focus, and a way out. */
export function ConfirmBox({
  question,
  detail,
  confirmText,
  cancelText,
  level = 2,
  onConfirm,
  onCancel,
}: ConfirmBoxProps) {
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    // Full width, so in a row of buttons it takes a line of its own. Escape is the way out a
    // keyboard user tries first, as in a dialog.
    <section
      aria-labelledby={titleId}
      className="w-full max-w-prose border-4 border-warn bg-white p-4"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <Heading id={titleId} ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        {question}
      </Heading>
      <p className="mt-2">{detail}</p>
      <div className="mt-4 flex flex-wrap gap-4">
        <button type="button" className={warningButtonClass} onClick={onConfirm}>
          {confirmText}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>
          {cancelText}
        </button>
      </div>
    </section>
  );
}

interface ConfirmActionProps extends ConfirmWords {
  buttonText: string;
  /** The button's accessible name, when its text alone would not say which thing it acts on. */
  buttonLabel?: string;
  buttonClassName?: string;
  /** False when there is nothing to lose: the button then acts at once. */
  ask?: boolean;
  /** Moves focus somewhere sensible itself; if it does not, focus returns to the button. */
  onConfirm: () => void;
}

/** A destructive action with a second step, so nothing is deleted by a slip of the finger. */
export function ConfirmAction({
  buttonText,
  buttonLabel,
  buttonClassName = secondaryButtonClass,
  ask = true,
  onConfirm,
  ...words
}: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    const focusLost = !document.activeElement || document.activeElement === document.body;
    // Back to the button after "cancel", or after "confirm" when the action left focus nowhere.
    if (!asking && wasAsking.current && focusLost) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-label={buttonLabel}
        onClick={() => (ask ? setAsking(true) : onConfirm())}
      >
        {buttonText}
      </button>
    );
  }
  return (
    <ConfirmBox
      {...words}
      onConfirm={() => {
        setAsking(false);
        onConfirm();
      }}
      onCancel={() => setAsking(false)}
    />
  );
}
