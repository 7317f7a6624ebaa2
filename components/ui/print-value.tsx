import type { ReactNode } from 'react';

/**
 * What a form control holds, as text on paper. Give the control `print:hidden` and put this next to
 * it: on screen it is `hidden` (not shown, not read out), so the label and control are heard once.
 */
export function PrintValue({
  value,
  empty,
  className = '',
}: {
  /** The answer as text; blank counts as no answer. */
  value: string | null | undefined;
  /** What prints when there is no answer: words such as "Not answered", or <WriteLines />. */
  empty?: ReactNode;
  className?: string;
}) {
  const text = value?.trim();
  if (!text && !empty) return null;
  return (
    <div className={`print-value hidden print:block ${className}`}>
      {text ? <p className="break-words whitespace-pre-line">{text}</p> : empty}
    </div>
  );
}

/** Ruled blank lines to write on at a visit, where an empty field would print as an empty box. */
export function WriteLines({ count = 2 }: { count?: number }) {
  return (
    <span className="write-lines block" data-lines={count}>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="block h-[1.8em] border-b border-ink" />
      ))}
    </span>
  );
}

/** A ticked or empty box as a printed mark before a label; the label says what it is. */
export function PrintTick({ checked }: { checked: boolean }) {
  return (
    <span aria-hidden="true" className="print-tick hidden pr-2 print:inline">
      {checked ? '☑' : '☐'}
    </span>
  );
}
