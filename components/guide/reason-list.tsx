import type { Reason } from '@/lib/engine';
import { CitedSources } from './cited-sources';

export function ReasonList({ reasons }: { reasons: Reason[] }) {
  return (
    <ol className="mt-4 space-y-6">
      {reasons.map((reason) => (
        <li key={reason.triggerId} className="border-l-4 border-brand pl-4">
          <h3 className="text-xl font-bold">{reason.title}</h3>
          <p className="mt-1 text-base text-ink-muted">Your answer: {reason.answerLabel}</p>
          {/* Sanitised at build time by lib/content. */}
          <div className="prose-content mt-2" dangerouslySetInnerHTML={{ __html: reason.explanation }} />
          {reason.childNote && <p className="mb-4 font-semibold">{reason.childNote}</p>}
          <CitedSources sources={reason.sources} />
        </li>
      ))}
    </ol>
  );
}
