'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { compareStore } from '@/components/compare/compare-store';
import { ComparisonGrid } from '@/components/compare/comparison-grid';
import { useDeviceStore } from '@/components/device/use-device-store';
import { guideStore } from '@/components/guide/guide-store';
import { ResultSummary } from '@/components/guide/result-summary';
import { prepareStore } from '@/components/prepare/prepare-store';
import { TickedList } from '@/components/prepare/ticked-list';
import { questionsStore } from '@/components/questions/questions-store';
import { QuestionsSummary } from '@/components/questions/questions-summary';
import { classifyOutcome } from '@/lib/compare/outcome';
import type { CompareWords } from '@/lib/content/compare';
import type { Checklist, QuestionTopic } from '@/lib/content/lists';
import { assess, type RuleSet, routingView } from '@/lib/engine';
import { EMERGENCY_PATH, PERSPECTIVE_LABELS, RESULT_PATH } from '@/lib/guide/paths';
import { sanitizeGuide } from '@/lib/guide/state';
import { customKey, isTicked, itemKey } from '@/lib/prepare/state';
import { decodeShare, SHARE_ERROR_MESSAGES } from '@/lib/share/codec';
import { fragmentValue, SHARE_PARAM } from '@/lib/share/link';
import { holdsData, mergePrepare, mergeQuestions } from '@/lib/share/merge';
import { SaveShared } from './save-shared';
import { useFragment } from './use-fragment';

const noSubscription = () => () => {};

interface SharedViewProps {
  rules: RuleSet;
  checklists: Checklist[];
  topics: QuestionTopic[];
  compareWords: CompareWords;
}

const H1 = ({ children }: { children: string }) => (
  <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{children}</h1>
);

/** Opens a share link: shows the shared copy first, read-only, then offers to save it on this device. */
export function SharedView({ rules, checklists, topics, compareWords }: SharedViewProps) {
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const hash = useFragment();
  const guide = useDeviceStore(guideStore);
  const prepare = useDeviceStore(prepareStore);
  const questions = useDeviceStore(questionsStore);
  const compare = useDeviceStore(compareStore);

  if (!mounted) return <H1>A shared copy</H1>;
  const payload = fragmentValue(hash, SHARE_PARAM);
  const decoded = payload === null ? null : decodeShare(payload);
  if (!decoded || !decoded.ok || decoded.value.kind === 'clinic') {
    const message =
      decoded && !decoded.ok ? SHARE_ERROR_MESSAGES[decoded.error] : SHARE_ERROR_MESSAGES['not-ours'];
    return (
      <>
        <H1>This link cannot be opened</H1>
        <div role="alert" className="mt-6 max-w-prose border-l-8 border-warn bg-warn-bg p-4">
          <p className="font-bold">{payload === null ? 'There is no shared copy in this link.' : message}</p>
          <p className="mt-2">Nothing saved on this device has been changed.</p>
        </div>
        <p className="mt-6 max-w-prose">
          You can <Link href="/">go to the home page</Link> or{' '}
          <Link href="/guide">start the questions yourself</Link>.
        </p>
      </>
    );
  }
  const shared = decoded.value;
  const ready = guide.ready && prepare.ready && questions.ready && compare.ready;

  switch (shared.kind) {
    case 'guide': {
      const state = sanitizeGuide(shared.data, routingView(rules));
      const result = state.perspective
        ? assess({ perspective: state.perspective, answers: state.answers }, rules)
        : null;
      return (
        <>
          <H1>Shared with you: a second-opinion result</H1>
          {result && state.perspective ? (
            <>
              <p className="mt-2 text-ink-muted">
                Asking for: {PERSPECTIVE_LABELS[state.perspective].option}
              </p>
              {result.level === 'urgent' ? (
                <p className="mt-4 max-w-prose border-l-8 border-warn bg-warn-bg p-4 text-xl font-bold">
                  {result.levelText.summary}
                </p>
              ) : (
                <ResultSummary result={result} levels={rules.levels} />
              )}
            </>
          ) : (
            <p className="mt-4">This shared copy has no answers in it.</p>
          )}
          {ready && (
            <SaveShared
              what="answers to the questions"
              target={{
                href: result?.level === 'urgent' ? EMERGENCY_PATH : RESULT_PATH,
                label: 'See the result on this device',
              }}
              holdsData={holdsData({ kind: 'guide', data: guide.saved })}
              onReplace={() => guide.replace(state)}
            />
          )}
        </>
      );
    }
    case 'prepare': {
      const data = shared.data;
      return (
        <>
          <H1>Shared with you: checklists to get ready</H1>
          {checklists.map((list) => (
            <section key={list.id} aria-labelledby={`shared-${list.id}`} className="mt-8 max-w-prose">
              <h2 id={`shared-${list.id}`} className="text-2xl font-bold">
                {list.title}
              </h2>
              <TickedList
                items={[
                  ...list.items.map((item) => {
                    const key = itemKey(list.id, item.id);
                    return { key, text: item.text, ticked: isTicked(data, key) };
                  }),
                  ...data.custom
                    .filter((item) => item.listId === list.id)
                    .map((item) => ({
                      key: customKey(item.id),
                      text: item.text,
                      ticked: isTicked(data, customKey(item.id)),
                    })),
                ]}
              />
            </section>
          ))}
          {ready && (
            <SaveShared
              what="checklists"
              target={{ href: '/prepare', label: 'Go to your checklists' }}
              holdsData={holdsData({ kind: 'prepare', data: prepare.saved })}
              onReplace={() => prepare.replace(data)}
              onKeepBoth={() => prepare.replace(mergePrepare(prepare.saved, data))}
            />
          )}
        </>
      );
    }
    case 'questions': {
      const data = shared.data;
      const bank = new Map(topics.flatMap((t) => t.questions.map((q) => [q.id, q.text])));
      const list = data.chosen.flatMap((q) => {
        const text = q.text ?? bank.get(q.id);
        return text === undefined ? [] : [{ id: q.id, text, own: q.text !== undefined }];
      });
      return (
        <>
          <H1>Shared with you: questions to ask</H1>
          {list.length === 0 ? (
            <p className="mt-4">This shared list is empty.</p>
          ) : (
            <QuestionsSummary list={list} doctors={data.doctors} notes={data.notes} />
          )}
          {ready && (
            <SaveShared
              what="a list of questions"
              target={{ href: '/questions', label: 'Go to your questions' }}
              holdsData={holdsData({ kind: 'questions', data: questions.saved })}
              onReplace={() => questions.replace(data)}
              onKeepBoth={() => questions.replace(mergeQuestions(questions.saved, data))}
            />
          )}
        </>
      );
    }
    case 'compare': {
      const data = shared.data;
      const outcome = classifyOutcome(data.agreement);
      return (
        <>
          <H1>Shared with you: opinions side by side</H1>
          {outcome && <p className="mt-4 text-xl font-bold">{compareWords.outcomes[outcome].title}</p>}
          <ComparisonGrid opinions={data.opinions} words={compareWords} />
          {ready && (
            <SaveShared
              what="a comparison of opinions"
              target={{ href: '/compare/side-by-side', label: 'Go to the comparison' }}
              holdsData={holdsData({ kind: 'compare', data: compare.saved })}
              onReplace={() => compare.replace(data)}
            />
          )}
        </>
      );
    }
  }
}
