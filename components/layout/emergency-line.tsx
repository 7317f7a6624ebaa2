/**
 * Shown on every page, above everything else, and on paper too. The numbers are links a phone can
 * call, because someone in an emergency should not have to copy them.
 */
export function EmergencyLine() {
  return (
    <div className="border-b-4 border-warn bg-warn-bg text-ink">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-2 text-base sm:px-6">
        <p className="font-semibold">
          If this is an emergency,{' '}
          <a href="tel:911" className={lineLinkClass}>
            call 911
          </a>{' '}
          or your local emergency number.
        </p>
        <p>
          In a mental health crisis,{' '}
          <a href="tel:988" className={lineLinkClass}>
            call 988
          </a>{' '}
          or{' '}
          <a href="sms:988" className={lineLinkClass}>
            text 988
          </a>{' '}
          <span className="whitespace-nowrap">(Suicide &amp; Crisis Lifeline).</span>
        </p>
      </div>
    </div>
  );
}

// Dark text on the pale red band keeps the contrast high, visited or not.
const lineLinkClass =
  'whitespace-nowrap font-semibold text-ink visited:text-ink hover:text-ink hover:decoration-2';
