'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { StorageNotice } from '@/components/device/storage-notice';
import { BackLink } from '@/components/ui/back-link';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { Section } from '@/components/ui/section';
import { SectionSources } from '@/components/ui/section-sources';
import type { Citation } from '@/lib/engine';
import type { Worded } from '@/lib/engine/types';
import { localePath } from '@/lib/i18n/locales';
import {
  type LetterKind,
  MAX_LETTER_LENGTH,
  resetLetterText,
  setDetail,
  setFormat,
  setLetterText,
  toggleRecord,
} from '@/lib/letters/state';
import { LimitedText } from '@/components/ui/limited-text';
import { LetterActions } from './letter-actions';
import { LetterDetails } from './letter-details';
import { useLetterText } from './use-letter-text';
import { useLetters } from './use-letters';

interface LetterViewProps {
  kind: LetterKind;
  /** The words of the question bank by id, for the chosen questions in the summary, in each perspective. */
  questionTexts: Readonly<Record<string, Worded>>;
  /** What the letter's claims rest on (the HIPAA right of access for the records request). */
  sources: readonly Citation[];
}

/**
 * One letter: its details above, the letter below. The letter is built from the details until the
 * person edits its wording; from then on their wording is kept (on reload too) until they ask to start again.
 */
export function LetterView({ kind, questionTexts, sources }: LetterViewProps) {
  const t = useTranslations('letters');
  const locale = useLocale();
  const compose = useLetterText();
  const { ready, perspective, details, texts, replace, problem, dismissProblem } = useLetters(questionTexts);
  const built = compose(kind, perspective, details);
  const edited = texts[kind];
  const body = edited ?? built.body;
  const textId = `${kind}-text`;
  const to = (kind === 'doctor-summary' ? details.secondEmail : details.firstEmail).trim();

  return (
    <>
      <BackLink href={localePath(locale, '/letters')}>{t('page.back')}</BackLink>
      {/* On paper only the letter shows; the title stays for screen readers, so the page keeps its h1. */}
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl print:sr-only">
        {t(`meta.${kind}.title`)}
      </h1>
      <p className="no-print mt-3 max-w-prose text-xl text-ink-muted">{t(`page.intro.${kind}`)}</p>
      <StorageNotice problem={problem} onDismiss={dismissProblem} />
      {!ready ? (
        <p className="mt-8">{t('page.loading')}</p>
      ) : (
        <>
          <Section id="details-title" title={t('page.detailsTitle')} className="no-print mt-8">
            <p className="mt-2">{t('page.detailsIntro')}</p>
            <p className="mt-2 text-base text-ink-muted">
              {t.rich('page.kept', {
                link: (chunks) => (
                  <Link href={localePath(locale, '/privacy')} prefetch={false}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <LetterDetails
              kind={kind}
              perspective={perspective}
              details={details}
              onText={(field, value) => replace((current) => setDetail(current, field, value))}
              onRecord={(record) => replace((current) => toggleRecord(current, record))}
              onFormat={(format) => replace((current) => setFormat(current, format))}
            />
          </Section>

          <section aria-labelledby="letter-title" className="mt-10 max-w-prose">
            <h2 id="letter-title" className="no-print text-2xl font-bold">
              {t('page.letterTitle')}
            </h2>
            {edited !== undefined && (
              <p className="no-print mt-2 border-l-4 border-brand bg-pale px-3 py-2">{t('page.edited')}</p>
            )}
            <label htmlFor={textId} className="no-print mt-4 block font-bold">
              {t('page.letterLabel')}
            </label>
            <p id={`${textId}-hint`} className="no-print text-base text-ink-muted">
              {t('page.letterHint')}
            </p>
            <div className="no-print mt-1">
              <LimitedText
                id={textId}
                value={body}
                max={MAX_LETTER_LENGTH}
                rows={18}
                describedBy={`${textId}-hint`}
                onChange={(value) => replace((current) => setLetterText(current, kind, value))}
                className="w-full border-2 border-ink px-3 py-2 font-serif print:hidden"
              />
            </div>
            {/* Paper gets the letter as text: a form control would print as a box with a scroll bar. */}
            <div
              data-letter-print=""
              dir="auto"
              className="hidden whitespace-pre-wrap font-serif text-[11pt] leading-snug print:block"
            >
              {body}
            </div>
            {edited !== undefined && (
              <div className="no-print mt-4">
                <ConfirmAction
                  buttonText={t('actions.reset')}
                  question={t('actions.resetQuestion')}
                  detail={t('actions.resetDetail')}
                  confirmText={t('actions.resetConfirm')}
                  cancelText={t('actions.resetCancel')}
                  level={3}
                  onConfirm={() => {
                    replace((current) => resetLetterText(current, kind));
                    document.getElementById(textId)?.focus();
                  }}
                />
              </div>
            )}
            <LetterActions textId={textId} subject={built.subject} body={body} to={to} />
          </section>
          {sources.length > 0 && (
            <div className="no-print">
              <SectionSources sources={sources} name={t('page.sources')} />
            </div>
          )}
        </>
      )}
    </>
  );
}
