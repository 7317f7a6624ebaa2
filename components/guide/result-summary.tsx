import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Assessment } from '@/lib/engine';
import { Section } from '@/components/ui/section';
import { SectionSources } from '@/components/ui/section-sources';
import { LevelMeter } from './level-meter';
import { ReasonList } from './reason-list';

// The recap names at most this many reasons; all of them are listed further down.
const MAIN_REASONS = 3;

interface ResultSummaryProps {
  result: Assessment;
  /** Shown before everything else, e.g. that some questions are still unanswered. */
  notice?: ReactNode;
  /** Both choices side by side, with the figures that weigh them. */
  options?: ReactNode;
  /** What matters to the person, in words. */
  values?: ReactNode;
  /** The decision, named in one sentence. */
  decision?: string;
}

/**
 * A (non-urgent) assessment in the order a person acts on it: a recap and what to do first, then the
 * level, every reason, both choices, cautions and more help. Used by the result page and shared links.
 */
export function ResultSummary({ result, notice, options, values, decision }: ResultSummaryProps) {
  if (result.level === 'urgent') return null;
  const main = result.reasons.slice(0, MAIN_REASONS);
  return (
    <>
      {notice}
      <Section id="recap-title" title="In short" className="mt-6">
        {decision && <p className="mt-2">{decision}</p>}
        <p className="mt-2 text-lg font-bold">{result.levelText.label}.</p>
        {main.length > 0 ? (
          <>
            <p className="mt-2">{main.length === 1 ? 'The main reason:' : 'The main reasons:'}</p>
            <ul className="mt-1 list-disc pl-6">
              {main.map((reason) => (
                <li key={reason.triggerId}>{reason.title}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-2">None of the answers pointed strongly to a second opinion.</p>
        )}
        <p className="mt-2">
          Asking for a second opinion and going ahead with your plan are both fair choices.{' '}
          <a href="#options-title">Compare them</a>.
        </p>
      </Section>

      {result.firstSteps.length > 0 && (
        <Section id="first-title" title="What to do first" className="mt-8">
          <ol className="mt-3 list-decimal space-y-3 pl-6 marker:font-bold">
            {result.firstSteps.map((step) => (
              <li key={step.id}>
                {step.text}{' '}
                {step.href.startsWith('#') ? (
                  <a href={step.href}>{step.linkLabel}</a>
                ) : (
                  <Link href={step.href} prefetch={false}>
                    {step.linkLabel}
                  </Link>
                )}
              </li>
            ))}
          </ol>
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold">
              More guides and tools for your situation ({result.nextSteps.length})
            </summary>
            <ul className="mt-4 space-y-3">
              {result.nextSteps.map((step) => (
                <li key={step.id}>
                  <Link href={step.href} prefetch={false} className="font-semibold">
                    {step.label}
                  </Link>
                  <span className="block text-base">{step.description}</span>
                </li>
              ))}
            </ul>
          </details>
        </Section>
      )}

      <Section id="level-title" title="How strongly the reasons apply" className="mt-8">
        <LevelMeter level={result.level} />
        <p className="mt-4 text-lg">{result.levelText.summary}</p>
        <p className="mt-3 text-base text-ink-muted">
          The levels are our judgment from the sources, not a medical score. There are four: these three and
          one for an emergency.{' '}
          <Link href="/about#how-level" prefetch={false}>
            How the guide works
          </Link>
        </p>
      </Section>

      <Section
        id="reasons-title"
        title={result.reasons.length > 0 ? 'The reasons that apply' : 'Reasons'}
        className="mt-8"
      >
        {result.reasons.length > 0 ? (
          <>
            <p className="mt-2">Most important first. Open one to see why it matters.</p>
            <ReasonList reasons={result.reasons} />
            <SectionSources sources={result.reasons.flatMap((reason) => reason.sources)} />
          </>
        ) : (
          <p className="mt-2">
            None of the answers pointed strongly to a second opinion. You can still ask for one whenever you
            like.
          </p>
        )}
      </Section>

      {options}

      {result.cautions.length > 0 && (
        <Section id="cautions-title" title="Things to keep in mind" className="mt-8">
          <ul className="mt-4 space-y-4">
            {result.cautions.map((caution) => (
              <li key={caution.id} className="border-l-8 border-ink bg-pale p-4">
                <details>
                  <summary className="cursor-pointer">
                    <h3 className="inline text-lg font-bold">{caution.title}</h3>
                  </summary>
                  <p className="mt-1">{caution.text}</p>
                </details>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            Insurance words are explained in{' '}
            <Link href="/learn/glossary" prefetch={false}>
              Words you may hear
            </Link>
            .
          </p>
          <SectionSources sources={result.cautions.flatMap((caution) => caution.sources)} />
        </Section>
      )}

      {values}
    </>
  );
}
