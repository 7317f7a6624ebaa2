'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/styles';
import { EMERGENCY_ID, type Perspective, questionsFor } from '@/lib/engine';
import { DECISION_STEPS, decisionAnswerText, decisionQuestion } from '@/lib/guide/decision';
import { changeStep, changeView, hrefOf } from '@/lib/guide/flow';
import { RESULT_PATH } from '@/lib/guide/paths';
import type { GuideState } from '@/lib/guide/state';
import { localePath } from '@/lib/i18n/locales';
import { viewHeadingClass } from './question-form';
import { StartAgain } from './start-again';
import type { WizardQuestion } from './trigger-step';
import { useDecisionWords } from './use-decision-words';
import { ViewLink } from './view-link';

function SummaryRow({
  term,
  value,
  href,
  answered,
}: {
  term: string;
  value: string;
  href: string;
  /** Change an answer, or give one. */
  answered: boolean;
}) {
  const t = useTranslations('guide.check');
  return (
    <div className="flex flex-col gap-1 border-b border-line py-4 sm:flex-row sm:gap-6">
      <dt className="font-bold sm:w-1/2">{term}</dt>
      <dd className="sm:flex-1">{value}</dd>
      <dd className="no-print sm:w-28 sm:text-right">
        {/* The short word is what shows; a screen reader hears the whole sentence, which starts with it. */}
        <ViewLink href={href}>
          <span aria-hidden="true">{answered ? t('change') : t('answer')}</span>
          <span className="sr-only">{t(answered ? 'changeFor' : 'answerFor', { question: term })}</span>
        </ViewLink>
      </dd>
    </div>
  );
}

interface CheckAnswersProps {
  triggers: WizardQuestion[];
  /** The saved answers, sanitised by the flow, which only shows this view once a perspective is chosen. */
  state: GuideState & { perspective: Perspective };
  onStartAgain: () => void;
}

export function CheckAnswers({ triggers, state, onStartAgain }: CheckAnswersProps) {
  const t = useTranslations('guide.check');
  const tp = useTranslations('guide.perspective');
  const locale = useLocale();
  const words = useDecisionWords();
  const { perspective } = state;
  const asked = questionsFor({ triggers }, { perspective, answers: state.answers });
  const unanswered = asked.filter((t) => state.answers[t.id] === undefined).length;
  return (
    <>
      <h1 tabIndex={-1} className={viewHeadingClass}>
        {t('title')}
      </h1>
      <dl className="mt-6 max-w-3xl border-t border-line">
        <SummaryRow
          term={t('who')}
          value={tp(`options.${perspective}`)}
          href={hrefOf(changeView(perspective))}
          answered
        />
        {asked.map((trigger) => {
          const answer = trigger.answers.find((a) => a.value === state.answers[trigger.id]);
          return (
            <SummaryRow
              key={trigger.id}
              term={trigger.question[perspective]}
              value={answer?.label ?? t('notAnsweredYet')}
              href={hrefOf(changeView(perspective, trigger.id))}
              answered={answer !== undefined}
            />
          );
        })}
      </dl>
      <h2 className="mt-10 text-2xl font-bold">{t('mattersHeading')}</h2>
      <p className="mt-2 max-w-prose">{t('mattersNote')}</p>
      <dl className="mt-4 max-w-3xl border-t border-line">
        {DECISION_STEPS.map((step) => {
          const text = decisionAnswerText(step, perspective, state.decision, words);
          return (
            <SummaryRow
              key={step}
              term={decisionQuestion(step, perspective, words).question}
              value={text ?? t('notAnswered')}
              href={hrefOf(changeStep(step))}
              answered={text !== null}
            />
          );
        })}
      </dl>
      {unanswered > 0 && <p className="mt-6 max-w-prose">{t('unanswered', { count: unanswered })}</p>}
      <div className="no-print mt-8 flex flex-wrap items-start gap-6">
        {state.answers[EMERGENCY_ID] === 'yes' ? (
          <ViewLink href={hrefOf({ kind: 'emergency', change: false })} className={buttonClass}>
            {t('emergency')}
          </ViewLink>
        ) : (
          // Shown or not by an answer, so never fetched ahead: a request must not tell which.
          <Link href={localePath(locale, RESULT_PATH)} prefetch={false} className={buttonClass}>
            {t('result')}
          </Link>
        )}
        <StartAgain onDone={onStartAgain} />
      </div>
    </>
  );
}
