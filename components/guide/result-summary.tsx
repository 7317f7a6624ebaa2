import Link from 'next/link';
import type { Assessment, RuleSet } from '@/lib/engine';
import { Section } from '@/components/ui/section';
import { CitedSources } from './cited-sources';
import { LevelMeter } from './level-meter';
import { ReasonList } from './reason-list';

/** The level, cautions, reasons and next steps of a (non-urgent) assessment, for the result page and shared links. */
export function ResultSummary({ result, levels }: { result: Assessment; levels: RuleSet['levels'] }) {
  if (result.level === 'urgent') return null;
  return (
    <>
      <Section id="level-title" title={result.levelText.label} className="mt-6">
        <LevelMeter level={result.level} levels={levels} />
        <p className="mt-4 text-lg">{result.levelText.summary}</p>
      </Section>

      {result.cautions.length > 0 && (
        <Section id="cautions-title" title="Things to keep in mind" className="mt-10">
          <ul className="mt-4 space-y-4">
            {result.cautions.map((caution) => (
              <li key={caution.id} className="border-l-8 border-ink bg-pale p-4">
                <h3 className="text-lg font-bold">{caution.title}</h3>
                <p className="mt-1">{caution.text}</p>
                <CitedSources sources={caution.sources} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section
        id="reasons-title"
        title={result.reasons.length > 0 ? 'The reasons that apply' : 'Reasons'}
        className="mt-10"
      >
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
      </Section>

      <Section id="next-title" title="What to do next" className="mt-10">
        <ul className="mt-4 space-y-3">
          {result.nextSteps.map((step) => (
            <li key={step.id}>
              <Link href={step.href} prefetch={false} className="text-lg font-semibold">
                {step.label}
              </Link>
              <p>{step.description}</p>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
