'use client';

import { buttonClass } from './styles';

export function PrintButton({ children = 'Print this page' }: { children?: string }) {
  return (
    <button type="button" className={buttonClass} onClick={() => window.print()}>
      {children}
    </button>
  );
}
