'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { BackLink } from '@/components/ui/back-link';
import { type DecisionWords, decisionQuestion } from '@/lib/guide/decision';
import {
  answer,
  answerStep,
  backOf,
  type FlowRules,
  fragmentOf,
  hrefOf,
  locate,
  parseView,
  type Position,
  resumeView,
  sameView,
  START,
  type View,
} from '@/lib/guide/flow';
import { guideData } from '@/lib/guide/data';
import { type Progress, questionProgress, stepProgress } from '@/lib/guide/progress';
import { EMPTY_GUIDE } from '@/lib/guide/state';
import { localePath } from '@/lib/i18n/locales';
import { CheckAnswers } from './check-answers';
import { DecisionStep } from './decision-step';
import { EmergencyNext } from './emergency-next';
import { GuideResume } from './guide-resume';
import { PerspectiveStep } from './perspective-step';
import { StorageNotice } from '@/components/device/storage-notice';
import { TriggerStep, type WizardQuestion } from './trigger-step';
import { useDecisionWords } from './use-decision-words';
import { useGuide } from './use-guide';
import { goToHash, useLocationHash } from './use-location-hash';
import { ViewBackLink } from './view-link';

interface GuideWizardProps {
  triggers: WizardQuestion[];
  emergency: { summary: string; html: string };
  /** The start view's title, as in the page's metadata. */
  title: string;
  /** Names the decision: shown above the first question on the start view only. */
  intro?: ReactNode;
  /** Shown under the start view only. */
  children?: ReactNode;
}

interface ViewTitles {
  start: string;
  check: string;
  emergency: string;
  decision: DecisionWords;
}

function titleOf(
  view: View,
  triggers: WizardQuestion[],
  titles: ViewTitles,
  state: Position['state'],
): string {
  const start = titles.start;
  if (view.kind === 'check') return titles.check;
  if (view.kind === 'emergency') return titles.emergency;
  if (view.kind === 'start') return start;
  if (view.kind === 'decision')
    return decisionQuestion(view.step, state.perspective ?? 'self', titles.decision).question;
  return triggers.find((t) => t.id === view.id)?.question[view.perspective] ?? start;
}

/** The progress to show on a question or an optional step, once the saved answers are read. */
function progressOf(rules: FlowRules, { view, state }: Position): Progress | null {
  if (view.kind === 'question') return questionProgress(rules, view.perspective, state.answers, view.id);
  if (view.kind === 'decision' && state.perspective)
    return stepProgress(rules, state.perspective, state.answers, view.step);
  return null;
}

/**
 * "Question 4" and "Up to 15 more questions after this one": it never counts backwards while the
 * person answers forward (see lib/guide/progress). It lives outside the views, so a screen reader
 * hears the new count politely after each move, and never while an answer is being chosen. In
 * Change mode the person returns to Check your answers next, so only the position is shown.
 */
export function ProgressLine({ at, rules, ready }: { at: Position; rules: FlowRules; ready: boolean }) {
  const t = useTranslations('guide');
  const { view } = at;
  const progress = ready ? progressOf(rules, at) : null;
  const change = view.kind !== 'check' && view.change;
  const onQuestion = view.kind === 'question' || view.kind === 'decision';
  return (
    <p
      aria-live="polite"
      aria-atomic="true"
      className={onQuestion ? 'mb-3 min-h-[3.5rem] text-base text-ink-muted' : undefined}
    >
      {progress && (
        <>
          <span className="block font-bold">
            {t(view.kind === 'decision' ? 'decision.progress' : 'trigger.progress', {
              position: progress.position,
            })}
          </span>
          {!change && (
            <span className="block">
              {t(progress.exact ? 'trigger.left' : 'trigger.leftUpTo', { count: progress.left })}
            </span>
          )}
        </>
      )}
    </p>
  );
}

function setDocumentTitle(text: string) {
  document.title = text;
}

/**
 * Every step of "Should I get a second opinion?" on one page, one question per view. The view is
 * in the URL fragment, which no server ever sees, so the requests this page makes are the same
 * whatever the answers. Moves between views are decided by lib/guide/flow.
 */
export function GuideWizard({ triggers, emergency, title, intro, children }: GuideWizardProps) {
  const guide = useGuide();
  const t = useTranslations('guide');
  const locale = useLocale();
  const decisionWords = useDecisionWords();
  const hash = useLocationHash();
  const rules: FlowRules = { triggers };
  const requested = hash === null ? null : parseView(hash);
  const at: Position = guide.ready
    ? locate(rules, guide.saved, requested)
    : { view: requested ?? START, state: EMPTY_GUIDE };
  const { view, state } = at;
  const shown = fragmentOf(view);
  const settled = useRef<string | null>(null);
  const titleSuffix = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // Counts "Start again" on the first view: the form below is made anew, empty, and takes focus.
  const [fresh, setFresh] = useState(0);

  useEffect(() => {
    if (fresh > 0) root.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [fresh]);

  useEffect(() => {
    // A view the answers do not allow is replaced, not kept, so Back does not return to it.
    if (guide.ready && requested && !sameView(requested, view)) goToHash(hrefOf(view), true);
  });

  const viewTitle = titleOf(
    view,
    triggers,
    { start: title, check: t('check.title'), emergency: t('emergency.title'), decision: decisionWords },
    state,
  );
  const hashRead = hash !== null;
  useEffect(() => {
    // The site's name, as the layout's title template adds it to every page.
    const site = document.title.lastIndexOf(' – ');
    titleSuffix.current ??= site < 0 ? '' : document.title.slice(site);
    setDocumentTitle(viewTitle + titleSuffix.current);
    // Moves start once the fragment and the saved answers have been read; the first view is not one.
    if (!guide.ready || !hashRead) return;
    if (settled.current !== null && settled.current !== shown) {
      window.scrollTo(0, 0);
      root.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    }
    settled.current = shown;
  }, [shown, viewTitle, guide.ready, hashRead]);

  function moveTo(next: Position) {
    guide.replace(next.state);
    goToHash(hrefOf(next.view));
  }

  function onAnswer(value: string) {
    moveTo(answer(rules, at, value));
  }

  const back = backOf(rules, at);
  const key = `${shown}:${guide.ready}:${fresh}`;
  let content: ReactNode;
  if (view.kind === 'start') {
    const resume =
      guide.ready && !view.change && guideData.holdsData(guide.saved) ? resumeView(rules, guide.saved) : null;
    content = (
      <>
        {!view.change && intro}
        <PerspectiveStep
          key={key}
          state={state}
          change={view.change}
          ready={guide.ready}
          onAnswer={onAnswer}
        />
        {resume && (
          <GuideResume
            state={state}
            href={resume.kind === 'start' ? null : hrefOf(resume)}
            onStartAgain={() => setFresh((n) => n + 1)}
          />
        )}
        {!view.change && children}
      </>
    );
  } else if (view.kind === 'question') {
    const trigger = triggers.find((t) => t.id === view.id);
    content = trigger && (
      <TriggerStep
        key={key}
        trigger={trigger}
        perspective={view.perspective}
        state={state}
        ready={guide.ready}
        onAnswer={onAnswer}
      />
    );
  } else if (view.kind === 'decision') {
    content = (
      <DecisionStep
        key={key}
        step={view.step}
        // The flow shows a decision step only once someone to ask for is chosen.
        perspective={state.perspective ?? 'self'}
        state={state}
        ready={guide.ready}
        onAnswer={(value) => moveTo(answerStep(at, value))}
        onSkip={() => moveTo(answerStep(at, undefined))}
      />
    );
  } else if (view.kind === 'emergency') {
    content = <EmergencyNext emergency={emergency} at={at} rules={rules} ready={guide.ready} />;
  } else {
    content = state.perspective ? (
      <CheckAnswers
        triggers={triggers}
        state={{ ...state, perspective: state.perspective }}
        onStartAgain={() => goToHash(hrefOf(START))}
      />
    ) : (
      // Only while the saved answers are still being read.
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('check.title')}</h1>
    );
  }

  return (
    <div ref={root}>
      {back ? (
        <ViewBackLink href={hrefOf(back)} />
      ) : (
        view.kind === 'start' && <BackLink href={localePath(locale, '/')}>{t('wizard.home')}</BackLink>
      )}
      <StorageNotice problem={guide.problem} onDismiss={guide.dismissProblem} />
      <ProgressLine at={at} rules={rules} ready={guide.ready} />
      {content}
    </div>
  );
}
