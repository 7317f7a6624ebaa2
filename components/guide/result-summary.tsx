import Link from 'next/link';
import type { Assessment, RuleSet } from '@/lib/engine';
import { CitedSources } from './cited-sources';
import { LevelMeter } from './level-meter';
import { ReasonList } from './reason-list';

/** The level, cautions, reasons and next steps of a (non-urgent) assessment, for the result page and shared links. */
export function ResultSummary({ result, levels }: { result: Assessment; levels: RuleSet['levels'] }) {
  if (result.level === 'urgent') return null;
  return (
    <>
      <section aria-labelledby="level-title" className="mt-6 max-w-prose">
        <h2 id="level-title" className="text-2xl font-bold">
          {result.levelText.label}
        </h2>
        <LevelMeter level={result.level} levels={levels} />
        <p className="mt-4 text-lg">{result.levelText.summary}</p>
      </section>

      {result.cautions.length > 0 && (
        <section aria-labelledby="cautions-title" className="mt-10 max-w-prose">
          <h2 id="cautions-title" className="text-2xl font-bold">
            Things to keep in mind
          </h2>
          <ul className="mt-4 space-y-4">
            {result.cautions.map((caution) => (
              <li key={caution.id} className="border-l-8 border-ink bg-pale p-4">
                <h3 className="text-lg font-bold">{caution.title}</h3>
                <p className="mt-1">{caution.text}</p>
                <CitedSources sources={caution.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="reasons-title" className="mt-10 max-w-prose">
        <h2 id="reasons-title" className="text-2xl font-bold">
          {result.reasons.length > 0 ? 'The reasons that apply' : 'Reasons'}
        </h2>
        {result.reasons.length > 0 ? (
          <>
            <p className="mt-2">The most important reason is first.</p>
            <ReasonList reasons={result.reasons} />
          </>
        ) : (
          <p className="mt-2">
            None of your answers pointed strongly to a second opinion. You can still ask for one whenever you
            like.
          </p>
        )}
      </section>

      <section aria-labelledby="next-title" className="mt-10 max-w-prose">
        <h2 id="next-title" className="text-2xl font-bold">
          What to do next
        </h2>
        <ul className="mt-4 space-y-3">
          {result.nextSteps.map((step) => (
            <li key={step.id}>
              <Link href={step.href} className="text-lg font-semibold">
                {step.label}
              </Link>
              <p>{step.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
