import type { ReactNode } from 'react';

/**
 * A box a wide table scrolls sideways in on a narrow phone. It takes keyboard focus, so the arrow
 * keys can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable), and is named by the table's
 * caption. Markdown tables get the same box from lib/content/markdown.ts.
 */
export function TableRegion({
  labelledBy,
  className = '',
  children,
}: {
  /** The id of the table's caption (or of a heading that names it). */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      tabIndex={0}
      aria-labelledby={labelledBy}
      // The focus band's yellow would fill the whole table; the ring around it shows focus.
      className={`overflow-x-auto focus-visible:bg-transparent ${className}`}
    >
      {children}
    </div>
  );
}
