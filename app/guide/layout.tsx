import Link from 'next/link';
import type { ReactNode } from 'react';

export default function GuideLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <noscript>
        <p className="mb-6 max-w-prose border-l-8 border-warn bg-warn-bg p-4">
          These questions need JavaScript to save your answers on this device. You can still read{' '}
          <Link href="/learn/when-a-second-opinion-helps">when a second opinion helps most</Link>.
        </p>
      </noscript>
      {children}
    </>
  );
}
