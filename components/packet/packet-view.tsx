'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { TelText } from '@/components/ui/tel-text';
import { ComparisonGrid } from '@/components/compare/comparison-grid';
import { useCompare } from '@/components/compare/use-compare';
import { useDeviceStore } from '@/components/device/use-device-store';
import { useGuideSituation } from '@/components/guide/use-guide-situation';
import { prepareStore } from '@/components/prepare/prepare-store';
import { TickedList } from '@/components/prepare/ticked-list';
import { usePerspective } from '@/components/prepare/use-perspective';
import { QuestionsSummary } from '@/components/questions/questions-summary';
import { useQuestions } from '@/components/questions/use-questions';
import { DEVICE_STORES } from '@/components/device/device-stores';
import { StorageNotices } from '@/components/device/storage-notices';
import { PrintButton } from '@/components/ui/print-button';
import { outcomeOf } from '@/lib/compare/outcome';
import { hasComparison } from '@/lib/compare/state';
import type { CompareWords } from '@/lib/content/compare';
import type { Checklist, QuestionTopic } from '@/lib/content/lists';
import { assess, forPerspective, type RuleSet, routingView } from '@/lib/engine';
import { GUIDE_START } from '@/lib/guide/paths';
import { localePath } from '@/lib/i18n/locales';
import { customKey, isTicked, itemKey, visibleItems } from '@/lib/prepare/state';
import { chooseQuestion, isChosen } from '@/lib/questions/state';

function Section({
  id,
  title,
  keep,
  children,
}: {
  id: string;
  title: string;
  /** Short enough to keep on one sheet of paper. */
  keep?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`packet-section mt-12 max-w-prose ${keep ? 'packet-keep' : ''}`}>
      <h2 id={id} className="border-b-4 border-ink pb-1 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const PACKET_STORES = [
  DEVICE_STORES.guide,
  DEVICE_STORES.prepare,
  DEVICE_STORES.questions,
  DEVICE_STORES.compare,
];

interface PacketViewProps {
  rules: RuleSet;
  records: Checklist;
  topics: QuestionTopic[];
  compareWords: CompareWords;
}

/** Everything for the visit on a few printed pages: the result, the questions and the records list. */
export function PacketView({ rules, records, topics, compareWords }: PacketViewProps) {
  const t = useTranslations('packet');
  const locale = useLocale();
  const { ready, situation } = useGuideSituation(routingView(rules));
  const prepare = useDeviceStore(prepareStore);
  const questions = useQuestions(topics);
  const compare = useCompare();
  const outcome = outcomeOf(compare.saved);
  const result = situation ? assess(situation, rules) : null;
  const perspective = usePerspective();
  const recordItems = visibleItems(records.items, situation);
  const ownRecords = prepare.saved.custom.filter((item) => item.listId === records.id);

  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <div className="no-print mt-4">
        <StorageNotices stores={PACKET_STORES} />
      </div>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{t('intro')}</p>
      <div className="no-print mt-6">
        <PrintButton>{t('print')}</PrintButton>
      </div>
      {!ready || !prepare.ready || !questions.ready || !compare.ready ? (
        <p className="mt-8">{t('reading')}</p>
      ) : (
        <>
          <Section id="packet-result" title={t('result.title')}>
            {result && situation ? (
              result.level === 'urgent' ? (
                <p className="mt-4 text-xl font-bold">
                  <TelText text={result.levelText.summary} />
                </p>
              ) : (
                <>
                  <p className="mt-4">{t(`result.askingFor.${situation.perspective}`)}</p>
                  <p className="mt-2 text-xl font-bold">{result.levelText.label}</p>
                  <p className="mt-2">{result.levelText.summary}</p>
                  {result.reasons.length > 0 && (
                    <>
                      <h3 className="mt-4 text-lg font-bold">{t('result.reasons')}</h3>
                      <ul className="mt-2 list-disc space-y-1 pl-6">
                        {result.reasons.map((reason) => (
                          <li key={reason.triggerId}>
                            {t('result.reason', { title: reason.title, answer: reason.answerLabel })}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  {result.firstSteps.length > 0 && (
                    <>
                      <h3 className="mt-4 text-lg font-bold">{t('result.firstSteps')}</h3>
                      <ol className="mt-2 list-decimal space-y-1 pl-6">
                        {result.firstSteps.map((step) => (
                          <li key={step.id}>{step.text}</li>
                        ))}
                      </ol>
                    </>
                  )}
                </>
              )
            ) : (
              <p className="mt-4">
                {t.rich('result.none', {
                  link: (chunks) => <Link href={localePath(locale, GUIDE_START)}>{chunks}</Link>,
                })}
              </p>
            )}
          </Section>

          <Section id="packet-questions" title={t('questions.title')}>
            {questions.list.length === 0 ? (
              <p className="mt-4">
                {t.rich('questions.none', {
                  link: (chunks) => <Link href={localePath(locale, '/questions')}>{chunks}</Link>,
                })}
              </p>
            ) : (
              <QuestionsSummary
                list={questions.list}
                doctors={questions.saved.doctors}
                notes={questions.saved.notes}
                blanks
              />
            )}
          </Section>

          <Section id="packet-records" title={records.title} keep>
            <TickedList
              items={[
                ...recordItems.map((item) => {
                  const key = itemKey(records.id, item.id);
                  return {
                    key,
                    text: forPerspective(item.text, perspective),
                    ticked: isTicked(prepare.saved, key),
                  };
                }),
                ...ownRecords.map((item) => {
                  const key = customKey(item.id);
                  return { key, text: item.text, ticked: isTicked(prepare.saved, key) };
                }),
              ]}
            />
          </Section>

          {hasComparison(compare.saved) && (
            <Section id="packet-compare" title={t('compare.title')}>
              {outcome && <p className="mt-4 text-lg font-bold">{compareWords.outcomes[outcome].title}</p>}
              <ComparisonGrid
                comparison={compare.saved}
                words={compareWords}
                isOnList={(id) => isChosen(questions.saved, id)}
                onAddQuestion={(id) => questions.replace((current) => chooseQuestion(current, id))}
              />
            </Section>
          )}
        </>
      )}
      <p className="mt-12 max-w-prose text-base text-ink-muted">{t('footer')}</p>
    </>
  );
}
