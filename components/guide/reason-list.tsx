import { useTranslations } from 'next-intl';
import type { Reason } from '@/lib/engine';

/** Each reason by its title, its explanation folded: the list stays short on a phone. */
export function ReasonList({ reasons }: { reasons: Reason[] }) {
  const t = useTranslations('result.reasons');
  return (
    <ol className="mt-4 space-y-3">
      {reasons.map((reason) => (
        <li key={reason.triggerId} className="border-l-4 border-brand pl-4">
          <details>
            <summary className="cursor-pointer">
              <h3 className="inline text-xl font-bold">{reason.title}</h3>
            </summary>
            <p className="mt-2 text-base text-ink-muted">{t('yourAnswer', { answer: reason.answerLabel })}</p>
            {/* Sanitised at build time by lib/content. */}
            <div className="prose-content mt-2" dangerouslySetInnerHTML={{ __html: reason.explanation }} />
            {reason.childNote && <p className="mb-4 font-semibold">{reason.childNote}</p>}
          </details>
        </li>
      ))}
    </ol>
  );
}
