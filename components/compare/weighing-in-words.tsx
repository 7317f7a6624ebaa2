'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { SectionSources } from '@/components/ui/section-sources';
import type { CompareState } from '@/lib/compare/state';
import { findWeighing, type RatedFactor } from '@/lib/compare/weighing';
import type { CompareWords } from '@/lib/content/compare';
import type { Citation } from '@/lib/engine';

interface WeighingInWordsProps {
  state: CompareState;
  words: CompareWords;
  sources: Citation[];
}

/**
 * The person's weighing said in sentences: which option fits what matters most, where the options
 * pull apart, where they are about the same, and what is not rated yet. No total: see findWeighing.
 */
export function WeighingInWords({ state, words, sources }: WeighingInWordsProps) {
  const t = useTranslations('compare.weigh');
  const format = useFormatter();
  const found = findWeighing(
    state,
    words.factors.map((f) => f.id),
  );
  const labels = new Map(words.factors.map((f) => [f.id, f.label]));
  const factor = (id: string) => t('words.quoted', { f: labels.get(id) ?? id });
  const factors = (ids: string[]) => format.list(ids.map(factor), { type: 'conjunction' });
  // In a sentence, "Opinion 1 (Dr Lee)" reads better than the heading form "Opinion 1: Dr Lee".
  const option = (id: string) => {
    const index = state.opinions.findIndex((o) => o.id === id);
    const name = state.opinions[index]?.name.trim();
    return name
      ? t('words.optionNamed', { number: index + 1, name })
      : t('words.option', { number: index + 1 });
  };
  const options = (ids: string[]) => format.list(ids.map(option), { type: 'conjunction' });
  const ratings = (f: RatedFactor) =>
    format.list(
      f.ratings.map((r) =>
        t('words.ratedAs', { option: option(r.opinionId), rating: t(`rating.${r.rating}` as 'rating.1') }),
      ),
      { type: 'conjunction' },
    );

  if (!found.anything) return <p className="mt-2">{t('words.nothing')}</p>;

  const fit = found.bestFit;
  return (
    <div className="mt-2">
      <div className="border-l-8 border-brand bg-pale p-4">
        <p>{t('words.matterMost', { factors: factors(found.top) })}</p>
        <p className="mt-2 text-lg font-bold">
          {fit.kind === 'one'
            ? t('words.fitsOne', { option: option(fit.opinionId) })
            : fit.kind === 'tie'
              ? t('words.fitsTie', { options: options(fit.opinionIds) })
              : fit.kind === 'even'
                ? t('words.fitsEven')
                : t('words.fitsUnrated')}
        </p>
        {fit.kind === 'one' && (
          <p className="mt-1">{t('words.fitsOneWhy', { factors: factors(fit.factorIds) })}</p>
        )}
      </div>

      <h3 className="mt-6 text-xl font-bold">{t('words.apartTitle')}</h3>
      {found.apart.length === 0 ? (
        <p className="mt-1">{t('words.apartNone')}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {found.apart.map((f) => (
            <li key={f.factorId}>
              {t('words.apart', {
                factor: factor(f.factorId),
                best: options(f.best),
                count: f.best.length,
                ratings: ratings(f),
              })}
            </li>
          ))}
        </ul>
      )}

      {found.same.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">{t('words.sameTitle')}</h3>
          <p className="mt-1">{t('words.same', { factors: factors(found.same.map((f) => f.factorId)) })}</p>
        </>
      )}

      {found.unrated.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">{t('words.unratedTitle')}</h3>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {found.unrated.map((u) => (
              <li key={u.factorId}>
                {t('words.unratedItem', { factor: factor(u.factorId), options: options(u.opinionIds) })}
              </li>
            ))}
          </ul>
        </>
      )}

      <p className="mt-6">{t('words.notAdvice')}</p>
      <p className="mt-2 text-ink-muted">{t('words.noScore')}</p>
      {sources.length > 0 && <SectionSources sources={sources} name={t('words.sourcesName')} />}
    </div>
  );
}
