import type { ReactNode } from 'react';

/*
 * On paper a form control prints as the answer it holds. Give the control `print:hidden` and put one of
 * these next to it. They are `hidden` on screen, and their words are drawn by CSS from `data-print`
 * (see the print part of app/globals.css) rather than written into the page: screen readers, find in
 * page and text search meet each answer once, in its control.
 */

/** What a form control holds, as text on paper. */
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
  const text = value?.trim() || (typeof empty === 'string' ? empty : '');
  // dir="auto": typed text in a right-to-left script prints from the right.
  if (text)
    return <div dir="auto" className={`print-value hidden print:block ${className}`} data-print={text} />;
  if (!empty) return null;
  return <div className={`print-value hidden print:block ${className}`}>{empty}</div>;
}

/** Ruled blank lines to write on at a visit, where an empty field would print as an empty box. */
export function WriteLines({ count = 2 }: { count?: number }) {
  return (
    <span className="write-lines block">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="block h-[1.8em] border-b border-ink" />
      ))}
    </span>
  );
}

/** A ticked or empty box printed beside a label (not in it); the label says what it is. */
export function PrintTick({ checked }: { checked: boolean }) {
  return (
    <span
      aria-hidden="true"
      className="print-tick hidden pr-2 print:inline"
      data-print={checked ? '☑' : '☐'}
    />
  );
}
