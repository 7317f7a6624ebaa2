'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { StorageNotice } from '@/components/device/storage-notice';
import { questionsStore } from '@/components/questions/questions-store';
import { useDeviceStore } from '@/components/device/use-device-store';
import { SharePanel } from '@/components/ui/share-panel';
import { PrintButton } from '@/components/ui/print-button';
import { buttonClass } from '@/components/ui/styles';
import { outcomeOf, outcomeWaitsFor } from '@/lib/compare/outcome';
import { hasComparison, setMark } from '@/lib/compare/state';
import type { CompareWords } from '@/lib/content/compare';
import { localePath } from '@/lib/i18n/locales';
import { chooseQuestion, isChosen } from '@/lib/questions/state';
import { Section } from '@/components/ui/section';
import { SectionSources } from '@/components/ui/section-sources';
import { ComparisonGrid } from './comparison-grid';
import { NoComparisonYet } from './no-comparison-yet';
import { useCompare } from './use-compare';

export function SideBySide({ words }: { words: CompareWords }) {
  const t = useTranslations('compare');
  const locale = useLocale();
  const compare = useCompare();
  const questions = useDeviceStore(questionsStore);
  const state = compare.saved;
  if (!compare.ready || !questions.ready) return <p className="mt-6">{t('reading')}</p>;
  if (!hasComparison(state))
    return <NoComparisonYet problem={compare.problem} onDismiss={compare.dismissProblem} />;

  const outcomeId = outcomeOf(state);
  const outcome = outcomeId ? words.outcomes[outcomeId] : null;
  const rowName = (id: string) => words.fields.find((f) => f.id === id)?.row ?? id;
  return (
    <>
      <StorageNotice problem={compare.problem} onDismiss={compare.dismissProblem} />
      <ComparisonGrid
        comparison={state}
        words={words}
        heading={{ id: 'rows-title', text: t('sideBySide.rowsTitle') }}
        onMark={(row, mark) => compare.replace((current) => setMark(current, row, mark))}
        isOnList={(id) => isChosen(questions.saved, id)}
        onAddQuestion={(id) => questions.replace((current) => chooseQuestion(current, id))}
      />
      <Section id="outcome-heading" title={t('sideBySide.outcomeTitle')} className="mt-12">
        <div aria-live="polite">
          {outcome ? (
            <section aria-labelledby="outcome-title" className="mt-4 border-l-8 border-ink bg-pale p-5">
              <h3 id="outcome-title" className="text-xl font-bold">
                {outcome.title}
              </h3>
              <p className="mt-2">{outcome.summary}</p>
              <h4 className="mt-4 font-bold">{t('sideBySide.next')}</h4>
              <ul className="mt-2 list-disc space-y-2 pl-6">
                {outcome.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
              <SectionSources sources={outcome.sources} />
            </section>
          ) : (
            <p className="mt-2">
              {t(
                outcomeWaitsFor(state) === 'two-noted'
                  ? 'sideBySide.outcomeNeedsTwo'
                  : 'sideBySide.outcomeNeeds',
                {
                  diagnosis: rowName('diagnosis'),
                  plan: rowName('plan'),
                },
              )}
            </p>
          )}
        </div>
      </Section>
      <div className="no-print mt-10 flex flex-wrap items-center gap-4 border-t border-line pt-6">
        <Link href={localePath(locale, '/compare/weigh')} className={buttonClass}>
          {t('sideBySide.weigh')}
        </Link>
        <Link href={localePath(locale, '/compare')}>{t('sideBySide.change')}</Link>
        <PrintButton>{t('sideBySide.print')}</PrintButton>
        <SharePanel what={t('sideBySide.shareWhat')} value={() => ({ kind: 'compare', data: state })} />
      </div>
    </>
  );
}
