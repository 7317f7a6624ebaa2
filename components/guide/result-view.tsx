'use client';

import Link from 'next/link';
import { SharePanel } from '@/components/ui/share-panel';
import { PrintButton } from '@/components/ui/print-button';
import { buttonClass, secondaryButtonClass } from '@/components/ui/styles';
import { assess, type Citation, questionsFor, type RuleSet } from '@/lib/engine';
import { CHECK_PATH, GUIDE_START, PERSPECTIVE_LABELS } from '@/lib/guide/paths';
import { answerSure, sanitizeGuide } from '@/lib/guide/state';
import type { OptionGrid } from '@/lib/engine/options';
import { DecisionSummary } from './decision-summary';
import type { Figure } from '@/lib/content';
import { ResultFigures } from './result-figures';
import { ResultOptions } from './result-options';
import { ResultSummary } from './result-summary';
import { StartAgain } from './start-again';
import { StorageNotice } from './storage-notice';
import { SureCheck } from './sure-check';
import { useGuide } from './use-guide';

const TITLES = {
  self: 'Your result',
  child: 'The result for your child',
  other: 'The result for the person you care for',
};

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
  const guide = useGuide();
  const state = sanitizeGuide(guide.saved, rules);
  const { perspective } = state;

  if (!guide.ready)
    return (
      <>
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Your result</h1>
        {/* Holds the space the result will take, so nothing on screen jumps when it appears. */}
        <div aria-hidden="true" className="min-h-[100vh]" />
      </>
    );
  if (!perspective || Object.keys(state.answers).length === 0) {
    return (
      <>
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Your result</h1>
        <StorageNotice problem={guide.problem} onDismiss={guide.dismissProblem} />
        <p className="mt-4 max-w-prose">
          There are no answers saved on this device yet, so there is no result to show. It takes about 3
          minutes.
        </p>
        <p className="mt-6">
          <Link href={GUIDE_START} prefetch={false} className={buttonClass}>
            Start the questions
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
        <p className="mt-4 text-2xl font-bold">{result.levelText.summary}</p>
        <p className="mt-4">
          <a href="tel:911" className={buttonClass}>
            Call 911
          </a>
        </p>
        <p className="mt-4">
          In a mental health crisis, call or text <a href="tel:988">988</a>, the Suicide &amp; Crisis
          Lifeline. It is free and open all day and night.
        </p>
        <p className="mt-4">
          <Link href={CHECK_PATH} prefetch={false}>
            Check or change your answers
          </Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{TITLES[perspective]}</h1>
      <p className="mt-2 text-base text-ink-muted">
        Asking for: {PERSPECTIVE_LABELS[perspective].option}. Based on the answers saved on this device.{' '}
        <Link href={CHECK_PATH} prefetch={false} className="no-print">
          Change your answers
        </Link>
        . This is information, not medical advice.
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
          <Unfinished count={unanswered.length} href={`${GUIDE_START}#${perspective}/${unanswered[0]}`} />
        }
      />

      <SureCheck
        items={rules.sure}
        answers={state.sure}
        onAnswer={(id, value) => guide.replace(answerSure(state, id, value))}
        source={sureSource}
      />

      <div className="no-print mt-8 flex flex-wrap items-start gap-4 border-t border-line pt-6">
        <PrintButton />
        <StartAgain />
        <SharePanel what="these answers" value={() => ({ kind: 'guide', data: state })} />
      </div>
    </>
  );
}

/** Before the level: a result from part of the questions says so, and offers to finish them. */
function Unfinished({ count, href }: { count: number; href: string }) {
  if (count === 0) return null;
  return (
    <div
      role="note"
      aria-labelledby="unfinished-title"
      className="mt-6 max-w-prose border-l-8 border-brand bg-pale p-4"
    >
      <h2 id="unfinished-title" className="text-xl font-bold">
        {count === 1 ? '1 question is not answered yet' : `${count} questions are not answered yet`}
      </h2>
      <p className="mt-1">This result only counts the answers you have given so far.</p>
      <p className="mt-3">
        <Link href={href} prefetch={false} className={secondaryButtonClass}>
          Finish the questions
        </Link>
      </p>
    </div>
  );
}
