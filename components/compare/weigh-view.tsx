'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { StorageNotice } from '@/components/device/storage-notice';
import { SureCheck } from '@/components/guide/sure-check';
import { PrintButton } from '@/components/ui/print-button';
import { PrintValue } from '@/components/ui/print-value';
import {
  answerCompareSure,
  hasComparison,
  IMPORTANCE,
  RATINGS,
  setImportance,
  setRating,
} from '@/lib/compare/state';
import { weighPlans } from '@/lib/compare/weighing';
import { useGuide } from '@/components/guide/use-guide';
import type { CompareWords } from '@/lib/content/compare';
import type { Citation, SureItem } from '@/lib/engine';
import { localePath } from '@/lib/i18n/locales';
import { Section } from '@/components/ui/section';
import { useOpinionLabel } from './opinion-label';
import { NoComparisonYet } from './no-comparison-yet';
import { SureBeforeAfter, SureCarried } from './sure-before-after';
import { WeighingInWords } from './weighing-in-words';
import { useCompare } from './use-compare';

interface WeighViewProps {
  words: CompareWords;
  sure: SureItem[];
  sureSource?: Citation;
  /** Decision aids that leave a single score out, cited where the page says it gives none. */
  weighSources?: Citation[];
}

export function WeighView({ words, sure, sureSource, weighSources = [] }: WeighViewProps) {
  const t = useTranslations('compare');
  const locale = useLocale();
  const opinionLabel = useOpinionLabel();
  const compare = useCompare();
  const guide = useGuide();
  const state = compare.saved;
  if (!compare.ready || !guide.ready) return <p className="mt-6">{t('reading')}</p>;
  if (!hasComparison(state))
    return <NoComparisonYet problem={compare.problem} onDismiss={compare.dismissProblem} />;

  const factorIds = words.factors.map((f) => f.id);
  const label = new Map(words.factors.map((f) => [f.id, f.label]));
  const summaries = weighPlans(state, factorIds);
  const mattering = words.factors.filter((f) => (state.importance[f.id] ?? 0) > 0);
  // "Before" is what was answered on the result page, which this page never changes; answers given
  // here are kept with the comparison ("after") and win, so the check starts from the result's.
  const sureBefore = guide.saved.sure;
  const sureNow = { ...sureBefore, ...state.sure };

  return (
    <>
      <StorageNotice problem={compare.problem} onDismiss={compare.dismissProblem} />
      <Section id="matters-title" title={t('weigh.mattersTitle')} className="mt-6">
        {words.factors.map((factor) => (
          <fieldset key={factor.id} className="mt-6">
            <legend className="text-lg font-bold">{factor.label}</legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
              {IMPORTANCE.map((value) => (
                <div key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    id={`matters-${factor.id}-${value}`}
                    name={`matters-${factor.id}`}
                    checked={(state.importance[factor.id] ?? null) === value}
                    onChange={() => compare.replace((current) => setImportance(current, factor.id, value))}
                    className="h-7 w-7 accent-ink"
                  />
                  <label htmlFor={`matters-${factor.id}-${value}`}>{t(`weigh.importance.${value}`)}</label>
                </div>
              ))}
            </div>
            <PrintValue
              value={
                state.importance[factor.id] === undefined
                  ? null
                  : t(`weigh.importance.${state.importance[factor.id]!}`)
              }
              empty={t('print.notAnswered')}
              className="mt-1"
            />
          </fieldset>
        ))}
      </Section>

      <Section id="rate-title" title={t('weigh.rateTitle')} className="mt-12">
        {mattering.length === 0 ? (
          <p className="mt-2">{t('weigh.chooseFirst')}</p>
        ) : (
          state.opinions.map((opinion, index) => (
            <fieldset key={opinion.id} className="mt-6 border-2 border-line p-4">
              <legend className="px-2 text-lg font-bold">
                {opinionLabel(opinion, index)}
                {opinion.plan.trim() && (
                  <span className="block font-normal">{t('weigh.plan', { plan: opinion.plan })}</span>
                )}
              </legend>
              {mattering.map((factor) => {
                const id = `rate-${opinion.id}-${factor.id}`;
                const rating = state.ratings[opinion.id]?.[factor.id];
                return (
                  <div key={factor.id} className="mt-3">
                    <label htmlFor={id} className="block font-semibold">
                      {factor.label}
                    </label>
                    <select
                      id={id}
                      value={state.ratings[opinion.id]?.[factor.id] ?? ''}
                      onChange={(event) => {
                        const value = Number(event.target.value) as (typeof RATINGS)[number];
                        if (RATINGS.includes(value))
                          compare.replace((current) => setRating(current, opinion.id, factor.id, value));
                      }}
                      className="mt-1 border-2 border-ink bg-white px-3 py-2 print:hidden"
                    >
                      <option value="">{t('weigh.chooseRating')}</option>
                      {RATINGS.map((value) => (
                        <option key={value} value={value}>
                          {t(`weigh.rating.${value}`)}
                        </option>
                      ))}
                    </select>
                    <PrintValue
                      value={rating === undefined ? null : t(`weigh.rating.${rating}`)}
                      empty={t('print.notAnswered')}
                    />
                  </div>
                );
              })}
            </fieldset>
          ))
        )}
      </Section>

      <Section id="sum-title" title={t('weigh.sumTitle')} className="mt-12">
        <WeighingInWords state={state} words={words} sources={weighSources} />
        <details className="mt-8 border-t border-line pt-4">
          <summary className="cursor-pointer font-semibold text-brand underline">
            {t('weigh.words.showArithmetic')}
          </summary>
          <p className="mt-2 border-l-8 border-ink bg-pale p-4 font-semibold">{words.weighingNote}</p>
          {summaries.map((summary, index) => {
            const opinion = state.opinions[index]!;
            const counted = summary.factors.filter((f) => f.importance > 0);
            return (
              <div key={summary.opinionId} className="mt-6 break-inside-avoid">
                <h3 className="text-xl font-bold">{opinionLabel(opinion, index)}</h3>
                {counted.length === 0 ? (
                  <p className="mt-1">{t('weigh.nothingYet')}</p>
                ) : (
                  <table className="mt-2 w-full border-collapse text-left text-base">
                    <caption className="sr-only">
                      {t('weigh.caption', { label: opinionLabel(opinion, index) })}
                    </caption>
                    <thead>
                      <tr className="border-b-2 border-ink">
                        <th scope="col" className="py-1 pr-3">
                          {t('weigh.whatMatters')}
                        </th>
                        <th scope="col" className="py-1 pr-3">
                          {t('weigh.howMuch')}
                        </th>
                        <th scope="col" className="py-1 pr-3">
                          {t('weigh.yourRating')}
                        </th>
                        <th scope="col" className="py-1">
                          {t('weigh.points')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {counted.map((factor) => (
                        <tr key={factor.factorId} className="border-b border-line">
                          <th scope="row" className="py-1 pr-3 font-normal">
                            {label.get(factor.factorId)}
                          </th>
                          <td className="py-1 pr-3">{factor.importance}</td>
                          <td className="py-1 pr-3">{factor.rating ?? t('weigh.notRated')}</td>
                          <td className="py-1">
                            {factor.importance} × {factor.rating ?? 0} = {factor.points}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <p className="mt-2 font-bold">
                  {t('weigh.total', { total: summary.total, possible: summary.possible })}
                </p>
                {summary.unrated > 0 && (
                  <p className="text-ink-muted">{t('weigh.unrated', { count: summary.unrated })}</p>
                )}
              </div>
            );
          })}
        </details>
      </Section>

      <SureCheck
        items={sure}
        answers={sureNow}
        onAnswer={(id, value) => compare.replace((current) => answerCompareSure(current, id, value))}
        source={sureSource}
        intro={<SureCarried before={sureBefore} items={sure} />}
      >
        <SureBeforeAfter items={sure} before={sureBefore} now={sureNow} />
      </SureCheck>
      <p className="mt-6 max-w-prose text-lg">{words.talkItThrough}</p>
      <div className="no-print mt-10 flex flex-wrap items-center gap-4 border-t border-line pt-6">
        <PrintButton>{t('weigh.print')}</PrintButton>
        <Link href={localePath(locale, '/compare/side-by-side')}>{t('weigh.back')}</Link>
      </div>
    </>
  );
}
