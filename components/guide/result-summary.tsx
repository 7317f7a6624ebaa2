import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Assessment } from '@/lib/engine';
import { localePath } from '@/lib/i18n/locales';
import { Section } from '@/components/ui/section';
import { SectionSources } from '@/components/ui/section-sources';
import { TelText } from '@/components/ui/tel-text';
import { LevelMeter } from './level-meter';
import { ReasonList } from './reason-list';

// The recap names at most this many reasons; all of them are listed further down.
const MAIN_REASONS = 3;

/** First steps that come with a letter to send, by step id: the letter's address and its link words in `result.letters`. */
const STEP_LETTERS: Record<string, { href: string; label: 'tellDoctor' | 'records' }> = {
  'tell-doctor': { href: '/letters/first-doctor', label: 'tellDoctor' },
  records: { href: '/letters/records-request', label: 'records' },
};

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
  const t = useTranslations('result');
  const locale = useLocale();
  const to = (href: string) => localePath(locale, href);
  if (result.level === 'urgent') return null;
  const main = result.reasons.slice(0, MAIN_REASONS);
  return (
    <>
      {notice}
      <Section id="recap-title" title={t('summary.title')} className="mt-6">
        {decision && <p className="mt-2">{decision}</p>}
        <p className="mt-2 text-lg font-bold">{result.levelText.label}.</p>
        {main.length > 0 ? (
          <>
            <p className="mt-2">
              {t(main.length === 1 ? 'summary.mainReasons.one' : 'summary.mainReasons.other')}
            </p>
            <ul className="mt-1 list-disc pl-6">
              {main.map((reason) => (
                <li key={reason.triggerId}>{reason.title}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-2">{t('summary.noReasons')}</p>
        )}
        <p className="mt-2">
          {t.rich('summary.bothFair', { link: (chunks) => <a href="#options-title">{chunks}</a> })}
        </p>
      </Section>

      {result.firstSteps.length > 0 && (
        <Section id="first-title" title={t('first.title')} className="mt-8">
          <ol className="mt-3 list-decimal space-y-3 pl-6 marker:font-bold">
            {result.firstSteps.map((step) => {
              const letter = STEP_LETTERS[step.id];
              return (
                <li key={step.id}>
                  {step.text}{' '}
                  {step.href.startsWith('#') ? (
                    <a href={step.href}>{step.linkLabel}</a>
                  ) : (
                    <Link href={to(step.href)} prefetch={false}>
                      {step.linkLabel}
                    </Link>
                  )}
                  {letter && (
                    <span className="mt-1 block">
                      <Link href={to(letter.href)} prefetch={false}>
                        {t(`letters.${letter.label}`)}
                      </Link>
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold">
              {t('first.more', { count: result.nextSteps.length })}
            </summary>
            <ul className="mt-4 space-y-3">
              {result.nextSteps.map((step) => (
                <li key={step.id}>
                  <Link href={to(step.href)} prefetch={false} className="font-semibold">
                    {step.label}
                  </Link>
                  <span className="block text-base">{step.description}</span>
                </li>
              ))}
            </ul>
          </details>
        </Section>
      )}

      <Section id="level-title" title={t('level.title')} className="mt-8">
        <LevelMeter level={result.level} />
        <p className="mt-4 text-lg">{result.levelText.summary}</p>
        <p className="mt-3 text-base text-ink-muted">
          {t('level.note')}{' '}
          <Link href={to('/about#how-level')} prefetch={false}>
            {t('level.howItWorks')}
          </Link>
        </p>
      </Section>

      <Section
        id="reasons-title"
        title={result.reasons.length > 0 ? t('reasons.title') : t('reasons.titleNone')}
        className="mt-8"
      >
        {result.reasons.length > 0 ? (
          <>
            <p className="mt-2">{t('reasons.intro')}</p>
            <ReasonList reasons={result.reasons} />
            <SectionSources sources={result.reasons.flatMap((reason) => reason.sources)} />
          </>
        ) : (
          <p className="mt-2">{t('reasons.none')}</p>
        )}
      </Section>

      {options}

      {result.cautions.length > 0 && (
        <Section id="cautions-title" title={t('cautions.title')} className="mt-8">
          <ul className="mt-4 space-y-4">
            {result.cautions.map((caution) => (
              <li key={caution.id} className="border-l-8 border-ink bg-pale p-4">
                <details>
                  <summary className="cursor-pointer">
                    <h3 className="inline text-lg font-bold">{caution.title}</h3>
                  </summary>
                  <p className="mt-1">
                    <TelText text={caution.text} />
                  </p>
                </details>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            {t.rich('cautions.glossary', {
              link: (chunks) => (
                <Link href={to('/learn/glossary')} prefetch={false}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <SectionSources sources={result.cautions.flatMap((caution) => caution.sources)} />
        </Section>
      )}

      {values}
    </>
  );
}
