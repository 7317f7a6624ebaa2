import { Fragment } from 'react';
import { splitEmergencyNumbers } from '@/lib/content/tel';

/**
 * Plain text from the content (a result's summary, a caution, a source) with 911 and 988 as links a
 * phone can call: someone in an emergency should not have to copy a number.
 */
export function TelText({ text }: { text: string }) {
  return splitEmergencyNumbers(text).map((piece, i) =>
    typeof piece === 'string' ? (
      <Fragment key={i}>{piece}</Fragment>
    ) : (
      <a key={i} href={`tel:${piece.number}`}>
        {piece.number}
      </a>
    ),
  );
}
