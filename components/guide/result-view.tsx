'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { SharePanel } from '@/components/ui/share-panel';
import { PrintButton } from '@/components/ui/print-button';
import { buttonClass, secondaryButtonClass } from '@/components/ui/styles';
import { assess, type Citation, questionsFor, type RuleSet } from '@/lib/engine';
import { CHECK_PATH, GUIDE_START } from '@/lib/guide/paths';
import { answerSure, sanitizeGuide } from '@/lib/guide/state';
import type { OptionGrid } from '@/lib/engine/options';
import { localePath } from '@/lib/i18n/locales';
import { DecisionSummary } from './decision-summary';
import type { Figure } from '@/lib/content';
import { ResultFigures } from './result-figures';
import { ResultOptions } from './result-options';
import { ResultSummary } from './result-summary';
import { StartAgain } from './start-again';
import { StorageNotice } from '@/components/device/storage-notice';
import { TelText } from '@/components/ui/tel-text';
import { SureCheck } from './sure-check';
import { useGuide } from './use-guide';

export function ResultView({
  rules,
  grid,
  figures,
  sureSource,
}: {
  rules: RuleSet;
  grid: OptionGrid;
  /** The study figures drawn beside the choices. */
  figures: Figure[];
  sureSource?: Citation;
}) {
  const t = useTranslations('result');
  const locale = useLocale();
  const to = (href: string) => localePath(locale, href);
  const guide = useGuide();
  const state = sanitizeGuide(guide.saved, rules);
  const { perspective } = state;

  if (!guide.ready)
    return (
      <>
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title.self')}</h1>
        {/* Holds the space the result will take, so nothing on screen jumps when it appears. */}
        <div aria-hidden="true" className="min-h-[100vh]" />
      </>
    );
  if (!perspective || Object.keys(state.answers).length === 0) {
    return (
      <>
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title.self')}</h1>
        <StorageNotice problem={guide.problem} onDismiss={guide.dismissProblem} />
        <p className="mt-4 max-w-prose">{t('empty.text')}</p>
        <p className="mt-6">
          <Link href={to(GUIDE_START)} prefetch={false} className={buttonClass}>
            {t('empty.start')}
          </Link>
        </p>
      </>
    );
  }

  const result = assess({ perspective, answers: state.answers }, rules);
  const unanswered = questionsFor(rules, { perspective, answers: state.answers })
    .filter((question) => state.answers[question.id] === undefined)
    .map((question) => question.id);
  if (result.level === 'urgent') {
    return (
      <div className="max-w-prose border-l-8 border-warn bg-warn-bg p-5">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{result.levelText.label}</h1>
        <p className="mt-4 text-2xl font-bold">
          <TelText text={result.levelText.summary} />
        </p>
        <p className="mt-4">
          <a href="tel:911" className={buttonClass}>
            {t('urgent.call')}
          </a>
        </p>
        <p className="mt-4">
          {t.rich('urgent.crisis', { call: (chunks) => <a href="tel:988">{chunks}</a> })}
        </p>
        <p className="mt-4">
          <Link href={to(CHECK_PATH)} prefetch={false}>
            {t('urgent.check')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t(`title.${perspective}`)}</h1>
      <p className="mt-2 text-base text-ink-muted">
        {t.rich(`intro.${perspective}`, {
          link: (chunks) => (
            <Link href={to(CHECK_PATH)} prefetch={false} className="no-print">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <ResultSummary
        result={result}
        decision={grid.decision}
        values={<DecisionSummary perspective={perspective} decision={state.decision} />}
        options={
          <ResultOptions
            grid={grid}
            situation={{ perspective, answers: state.answers }}
            figures={<ResultFigures figures={figures} />}
          />
        }
        notice={
          <Unfinished count={unanswered.length} href={to(`${GUIDE_START}#${perspective}/${unanswered[0]}`)} />
        }
      />

      <SureCheck
        items={rules.sure}
        answers={state.sure}
        onAnswer={(id, value) => guide.replace(answerSure(state, id, value))}
        source={sureSource}
      />

      <div className="no-print mt-8 flex flex-wrap items-start gap-4 border-t border-line pt-6">
        <PrintButton>{t('actions.print')}</PrintButton>
        <StartAgain />
        <SharePanel what={t('actions.shareWhat')} value={() => ({ kind: 'guide', data: state })} />
      </div>
    </>
  );
}

/** Before the level: a result from part of the questions says so, and offers to finish them. */
function Unfinished({ count, href }: { count: number; href: string }) {
  const t = useTranslations('result.unfinished');
  if (count === 0) return null;
  return (
    <div
      role="note"
      aria-labelledby="unfinished-title"
      className="mt-6 max-w-prose border-l-8 border-brand bg-pale p-4"
    >
      <h2 id="unfinished-title" className="text-xl font-bold">
        {t('title', { count })}
      </h2>
      <p className="mt-1">{t('text')}</p>
      <p className="mt-3">
        <Link href={href} prefetch={false} className={secondaryButtonClass}>
          {t('finish')}
        </Link>
      </p>
    </div>
  );
}
