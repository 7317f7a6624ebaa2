'use client';

import type { ReactNode } from 'react';
import { ComparisonGrid } from '@/components/compare/comparison-grid';
import { ResultOptions } from '@/components/guide/result-options';
import { ResultSummary } from '@/components/guide/result-summary';
import { TickedList } from '@/components/prepare/ticked-list';
import { QuestionsSummary } from '@/components/questions/questions-summary';
import { classifyOutcome } from '@/lib/compare/outcome';
import type { CompareWords } from '@/lib/content/compare';
import type { Checklist, QuestionTopic } from '@/lib/content/lists';
import { assess, type RuleSet, routingView } from '@/lib/engine';
import type { OptionGrid } from '@/lib/engine/options';
import { EMERGENCY_PATH, PERSPECTIVE_LABELS, RESULT_PATH } from '@/lib/guide/paths';
import { sanitizeGuide } from '@/lib/guide/state';
import { customKey, isTicked, itemKey } from '@/lib/prepare/state';
import type { Saved, SavedKind } from '@/lib/share/features';

export interface SharedContent {
  rules: RuleSet;
  checklists: Checklist[];
  topics: QuestionTopic[];
  compareWords: CompareWords;
  grid: OptionGrid;
}

export type DataOf<K extends SavedKind> = Extract<Saved, { kind: K }>['data'];

export interface SharedPart<K extends SavedKind> {
  title: string;
  /** What saving it would add to or replace, for "This device already has …". */
  what: string;
  /** The data as it will be saved: checked against this guide's content first. */
  toSave?: (data: DataOf<K>, content: SharedContent) => DataOf<K>;
  target: (data: DataOf<K>, content: SharedContent) => { href: string; label: string };
  View: (props: { data: DataOf<K>; content: SharedContent }) => ReactNode;
}

const guideResult = (data: DataOf<'guide'>, rules: RuleSet) =>
  data.perspective ? assess({ perspective: data.perspective, answers: data.answers }, rules) : null;

/** How each kind of shared copy is shown, read-only, before the person chooses to save it. */
export const SHARED_PARTS: { [K in SavedKind]: SharedPart<K> } = {
  guide: {
    title: 'Shared with you: a second-opinion result',
    what: 'answers to the questions',
    toSave: (data, { rules }) => sanitizeGuide(data, routingView(rules)),
    target: (data, { rules }) => ({
      href: guideResult(data, rules)?.level === 'urgent' ? EMERGENCY_PATH : RESULT_PATH,
      label: 'See the result on this device',
    }),
    View: ({ data, content: { rules, grid } }) => {
      const result = guideResult(data, rules);
      if (!result || !data.perspective) return <p className="mt-4">This shared copy has no answers in it.</p>;
      return (
        <>
          <p className="mt-2 text-ink-muted">Asking for: {PERSPECTIVE_LABELS[data.perspective].option}</p>
          {result.level === 'urgent' ? (
            <p className="mt-4 max-w-prose border-l-8 border-warn bg-warn-bg p-4 text-xl font-bold">
              {result.levelText.summary}
            </p>
          ) : (
            <ResultSummary
              result={result}
              decision={grid.decision}
              options={
                <ResultOptions
                  grid={grid}
                  situation={{ perspective: data.perspective, answers: data.answers }}
                />
              }
            />
          )}
        </>
      );
    },
  },
  prepare: {
    title: 'Shared with you: checklists to get ready',
    what: 'checklists',
    target: () => ({ href: '/prepare', label: 'Go to your checklists' }),
    View: ({ data, content: { checklists } }) =>
      checklists.map((list) => (
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
      )),
  },
  questions: {
    title: 'Shared with you: questions to ask',
    what: 'a list of questions',
    target: () => ({ href: '/questions', label: 'Go to your questions' }),
    View: ({ data, content: { topics } }) => {
      const bank = new Map(topics.flatMap((t) => t.questions.map((q) => [q.id, q.text])));
      const list = data.chosen.flatMap((q) => {
        const text = q.text ?? bank.get(q.id);
        return text === undefined ? [] : [{ id: q.id, text, own: q.text !== undefined }];
      });
      if (list.length === 0) return <p className="mt-4">This shared list is empty.</p>;
      return <QuestionsSummary list={list} doctors={data.doctors} notes={data.notes} />;
    },
  },
  compare: {
    title: 'Shared with you: opinions side by side',
    what: 'a comparison of opinions',
    target: () => ({ href: '/compare/side-by-side', label: 'Go to the comparison' }),
    View: ({ data, content: { compareWords } }) => {
      const outcome = classifyOutcome(data.agreement);
      return (
        <>
          {outcome && <p className="mt-4 text-xl font-bold">{compareWords.outcomes[outcome].title}</p>}
          <ComparisonGrid opinions={data.opinions} words={compareWords} />
        </>
      );
    },
  },
};
