import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

// Dark text on the pale red band keeps the contrast high, visited or not.
const lineLinkClass =
  'whitespace-nowrap font-semibold text-ink visited:text-ink hover:text-ink hover:decoration-2';

function PhoneLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className={lineLinkClass}>
      {children}
    </a>
  );
}

/**
 * Shown on every page, above everything else, and on paper too. The numbers are links a phone can
 * call, because someone in an emergency should not have to copy them.
 */
export function EmergencyLine() {
  const t = useTranslations('common.emergency');
  return (
    <div className="border-b-4 border-warn bg-warn-bg text-ink">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-2 text-base sm:px-6">
        <p className="font-semibold">
          {t.rich('call', { call: (chunks) => <PhoneLink href="tel:911">{chunks}</PhoneLink> })}
        </p>
        <p>
          {t.rich('crisis', {
            call: (chunks) => <PhoneLink href="tel:988">{chunks}</PhoneLink>,
            text: (chunks) => <PhoneLink href="sms:988">{chunks}</PhoneLink>,
            // The line's name wraps like any words: kept on one line, the long Spanish name ran off a phone's screen.
            name: (chunks) => <span>{chunks}</span>,
          })}
        </p>
      </div>
    </div>
  );
}
