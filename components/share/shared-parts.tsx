'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ComparisonGrid } from '@/components/compare/comparison-grid';
import { useDeviceStore } from '@/components/device/use-device-store';
import { guideStore } from '@/components/guide/guide-store';
import { ResultOptions } from '@/components/guide/result-options';
import { ResultSummary } from '@/components/guide/result-summary';
import { TickedList } from '@/components/prepare/ticked-list';
import { usePerspective } from '@/components/prepare/use-perspective';
import { QuestionsSummary } from '@/components/questions/questions-summary';
import { outcomeOf } from '@/lib/compare/outcome';
import type { CompareWords } from '@/lib/content/compare';
import type { Checklist, QuestionTopic } from '@/lib/content/lists';
import { assess, forPerspective, type RuleSet, routingView } from '@/lib/engine';
import type { OptionGrid } from '@/lib/engine/options';
import { EMERGENCY_PATH, RESULT_PATH } from '@/lib/guide/paths';
import { sanitizeGuide } from '@/lib/guide/state';
import { customKey, isTicked, itemKey } from '@/lib/prepare/state';
import { listedQuestions } from '@/lib/questions/bank';
import type { Saved, SavedKind } from '@/lib/share/features';
import { TelText } from '@/components/ui/tel-text';

export interface SharedContent {
  rules: RuleSet;
  checklists: Checklist[];
  topics: QuestionTopic[];
  compareWords: CompareWords;
  grid: OptionGrid;
}

export type DataOf<K extends SavedKind> = Extract<Saved, { kind: K }>['data'];

/**
 * One kind of shared copy. Its words are in the messages under `share.shared.<kind>`: `title`, `what`
 * (for "This device already has …") and `target` (the link to it once saved).
 */
export interface SharedPart<K extends SavedKind> {
  /** The data as it will be saved: checked against this guide's content first. */
  toSave?: (data: DataOf<K>, content: SharedContent) => DataOf<K>;
  /** Where the saved copy is used, as an English path (the view puts it in the page's language). */
  target: (data: DataOf<K>, content: SharedContent) => string;
  View: (props: { data: DataOf<K>; content: SharedContent }) => ReactNode;
}

const guideResult = (data: DataOf<'guide'>, rules: RuleSet) =>
  data.perspective ? assess({ perspective: data.perspective, answers: data.answers }, rules) : null;

/** How each kind of shared copy is shown, read-only, before the person chooses to save it. */
export const SHARED_PARTS: { [K in SavedKind]: SharedPart<K> } = {
  guide: {
    toSave: (data, { rules }) => sanitizeGuide(data, routingView(rules)),
    target: (data, { rules }) =>
      guideResult(data, rules)?.level === 'urgent' ? EMERGENCY_PATH : RESULT_PATH,
    View: function GuideCopy({ data, content: { rules, grid } }) {
      const t = useTranslations('share.shared.guide');
      const result = guideResult(data, rules);
      if (!result || !data.perspective) return <p className="mt-4">{t('none')}</p>;
      return (
        <>
          <p className="mt-2 text-ink-muted">{t(`askingFor.${data.perspective}`)}</p>
          {result.level === 'urgent' ? (
            <p className="mt-4 max-w-prose border-l-8 border-warn bg-warn-bg p-4 text-xl font-bold">
              <TelText text={result.levelText.summary} />
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
    target: () => '/prepare',
    // A shared checklist carries no perspective: the words follow the viewer's own saved answer, else "you".
    View: function PrepareCopy({ data, content: { checklists } }) {
      const perspective = usePerspective();
      return checklists.map((list) => (
        <section key={list.id} aria-labelledby={`shared-${list.id}`} className="mt-8 max-w-prose">
          <h2 id={`shared-${list.id}`} className="text-2xl font-bold">
            {list.title}
          </h2>
          <TickedList
            items={[
              ...list.items.map((item) => {
                const key = itemKey(list.id, item.id);
                return { key, text: forPerspective(item.text, perspective), ticked: isTicked(data, key) };
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
      ));
    },
  },
  questions: {
    target: () => '/questions',
    View: function QuestionsCopy({ data, content: { topics } }) {
      const t = useTranslations('share.shared.questions');
      // A link carries no perspective: the bank's questions are worded as the viewer's own guide says.
      const guide = useDeviceStore(guideStore);
      const list = listedQuestions(data.chosen, topics, guide.saved.perspective);
      if (list.length === 0) return <p className="mt-4">{t('none')}</p>;
      return <QuestionsSummary list={list} doctors={data.doctors} notes={data.notes} />;
    },
  },
  compare: {
    target: () => '/compare/side-by-side',
    View: function CompareCopy({ data, content: { compareWords } }) {
      const t = useTranslations('compare.sideBySide');
      const outcome = outcomeOf(data);
      return (
        <>
          {outcome && <p className="mt-4 text-xl font-bold">{compareWords.outcomes[outcome].title}</p>}
          <ComparisonGrid
            comparison={data}
            words={compareWords}
            heading={{ id: 'shared-rows-title', text: t('rowsTitle') }}
          />
        </>
      );
    },
  },
};
