import type { ReactNode, Ref } from 'react';

interface SectionProps {
  id: string;
  title: ReactNode;
  children: ReactNode;
  /** Spacing and extras; every section keeps to a readable line length. */
  className?: string;
  /** A heading that a script moves focus to (after an action, or when a list empties). */
  focusable?: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A titled part of a page, named by its heading so screen readers list it as a region. */
export function Section({
  id,
  title,
  children,
  className = '',
  focusable = false,
  headingRef,
}: SectionProps) {
  return (
    <section aria-labelledby={id} className={`max-w-prose ${className}`}>
      <h2 id={id} ref={headingRef} tabIndex={focusable ? -1 : undefined} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
