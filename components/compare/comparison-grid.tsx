'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useSyncExternalStore } from 'react';
import { PrintValue } from '@/components/ui/print-value';
import { TableRegion } from '@/components/ui/table-region';
import type { CompareWords } from '@/lib/content/compare';
import { type Marked, type RowMark, rowMarks, summarizeMarks } from '@/lib/compare/outcome';
import { type Mark, MARKS, type OpinionField, OPINION_FIELDS } from '@/lib/compare/state';
import { useOpinionLabel } from './opinion-label';

interface Row {
  id: OpinionField;
  question: string;
  bankQuestion?: string;
  values: string[];
  mark: RowMark;
}

function rowsOf(comparison: Marked, words: CompareWords): Row[] {
  const marks = rowMarks(comparison);
  return OPINION_FIELDS.map((id) => {
    const field = words.fields.find((f) => f.id === id);
    const options = words.options[id];
    const values = comparison.opinions.map((o) => (options ? (options[o[id]] ?? '') : o[id]));
    return { id, question: field?.row ?? id, bankQuestion: field?.bankQuestion, values, mark: marks[id] };
  });
}

// Tailwind's `md` breakpoint: the table shows from here, the stacked rows below it.
const WIDE = '(min-width: 48rem)';
const subscribeWide = (onChange: () => void) => {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const isWide = () => typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches;

/**
 * Both layouts are in the page and CSS shows one, but each row's marks are controls in only the
 * layout on screen (text in the other): one radio group per row, so names and ids stay unique and
 * a screen reader meets each question once. On paper the table prints, its marks as words.
 */
function useWide() {
  return useSyncExternalStore(subscribeWide, isWide, () => false);
}

interface ComparisonGridProps {
  comparison: Marked;
  words: CompareWords;
  /** The grid's own h2, where the page has none above it. */
  heading?: { id: string; text: string };
  /** Without it the marks are read-only text. */
  onMark?: (row: OpinionField, mark: Mark) => void;
  /** Without these the grid is read-only: empty cells do not offer to add a question. */
  isOnList?: (questionId: string) => boolean;
  onAddQuestion?: (questionId: string) => void;
}

function Cell({
  value,
  row,
  isOnList,
  onAdd,
}: {
  value: string;
  row: Row;
  isOnList: boolean;
  onAdd?: () => void;
}) {
  const t = useTranslations('compare.grid');
  if (value.trim()) return <span className="whitespace-pre-wrap">{value}</span>;
  return (
    <span className="text-ink-muted">
      {t('notAsked')}
      {row.bankQuestion &&
        onAdd &&
        (isOnList ? (
          <span className="block text-base">{t('onList')}</span>
        ) : (
          <button type="button" className="no-print block text-base text-brand underline" onClick={onAdd}>
            {t('add', { question: row.question })}
          </button>
        ))}
    </span>
  );
}

function useReason() {
  const t = useTranslations('compare.grid');
  return (row: Row) => {
    if (!row.mark.open || !row.mark.suggestion) return '';
    const { reason } = row.mark.suggestion;
    if (reason === 'only-some-noted') return t('reason.onlySomeNoted', { noted: row.mark.noted });
    return t(reason === 'same-choice' ? 'reason.sameChoice' : 'reason.differentChoice', { row: row.id });
  };
}

/** A row's mark as words: the read-only grid, and the layout not on screen. */
function MarkText({ row }: { row: Row }) {
  const t = useTranslations('compare.grid');
  if (!row.mark.open) return <p className="text-ink-muted">{t('nothingNoted')}</p>;
  const { mark, own } = row.mark;
  return (
    <p className="font-semibold">
      {mark === null
        ? t('notMarked')
        : t(own ? 'marked' : 'suggested', { mark: t(`mark.${mark satisfies Mark}`) })}
    </p>
  );
}

/** Do the doctors agree on this row? A suggestion shows selected, with its reason, until the person picks. */
function MarkControl({
  row,
  inTable,
  onMark,
}: {
  row: Row;
  inTable: boolean;
  onMark: (row: OpinionField, mark: Mark) => void;
}) {
  const t = useTranslations('compare.grid');
  const reasonOf = useReason();
  if (!row.mark.open) return <p className="text-ink-muted">{t('nothingNoted')}</p>;
  const { mark, own } = row.mark;
  const name = `mark-${row.id}`;
  const reason = own ? '' : reasonOf(row);
  return (
    <fieldset aria-describedby={reason ? `${name}-reason` : undefined}>
      <legend className={inTable ? 'sr-only' : 'font-semibold'}>
        <span className="sr-only">{row.question}</span> {t('markQuestion')}
      </legend>
      <div className={`flex gap-x-5 gap-y-2 print:hidden ${inTable ? 'flex-col' : 'mt-2 flex-wrap'}`}>
        {MARKS.map((option) => (
          <div key={option} className="flex items-center gap-2">
            <input
              type="radio"
              id={`${name}-${option}`}
              name={name}
              value={option}
              checked={mark === option}
              onChange={() => onMark(row.id, option)}
              className="h-6 w-6 shrink-0 accent-ink"
            />
            <label htmlFor={`${name}-${option}`}>{t(`mark.${option}`)}</label>
          </div>
        ))}
      </div>
      {reason && (
        <p id={`${name}-reason`} className="mt-2 text-base text-ink-muted">
          {reason}
        </p>
      )}
      <PrintValue value={mark ? t(`mark.${mark}`) : null} empty={t('notMarked')} className="font-semibold" />
    </fieldset>
  );
}

function MarksSummary({ comparison }: { comparison: Marked }) {
  const t = useTranslations('compare.grid');
  const summary = summarizeMarks(comparison);
  let text: string;
  if (summary.rows === 0) text = t('summaryEmpty');
  else if (summary.marked === 0) text = t('summaryNone', { rows: summary.rows });
  else
    text = [
      t('summaryMarked', { ...summary }),
      summary.suggested > 0 ? t('summarySuggested', { suggested: summary.suggested }) : '',
      t('summaryLeft', { unmarked: summary.unmarked }),
    ]
      .filter(Boolean)
      .join(' ');
  return (
    <p className="mt-4 max-w-prose font-semibold" aria-live="polite">
      {text}
    </p>
  );
}

/**
 * Rows are the questions people ask, columns the doctors, and a last column the person's mark: do
 * the doctors agree? Phones get the same content stacked, in the same order, the mark under each row.
 */
export function ComparisonGrid({
  comparison,
  words,
  heading,
  onMark,
  isOnList,
  onAddQuestion,
}: ComparisonGridProps) {
  const t = useTranslations('compare.grid');
  const opinionLabel = useOpinionLabel();
  const wide = useWide();
  const { opinions } = comparison;
  const rows = rowsOf(comparison, words);
  const [added, setAdded] = useState('');
  const captionId = useId();
  const add = (row: Row) => {
    if (!row.bankQuestion || !onAddQuestion) return;
    onAddQuestion(row.bankQuestion);
    setAdded(t('added', { question: row.question }));
  };
  const mark = (row: Row, inTable: boolean) =>
    onMark && inTable === wide ? (
      <MarkControl row={row} inTable={inTable} onMark={onMark} />
    ) : (
      <MarkText row={row} />
    );
  const cell = (row: Row, value: string) => (
    <Cell
      value={value}
      row={row}
      isOnList={row.bankQuestion && isOnList ? isOnList(row.bankQuestion) : false}
      onAdd={onAddQuestion ? () => add(row) : undefined}
    />
  );
  const content = (
    <>
      {onMark && (
        <>
          <p className="mt-4 max-w-prose">{t('intro')}</p>
          <MarksSummary comparison={comparison} />
        </>
      )}
      <p className="sr-only" aria-live="polite">
        {added}
      </p>
      {/* Three long opinions can be wider than a tablet: the scrolling table must be reachable by keyboard. */}
      <TableRegion labelledBy={captionId} className="comparison-table mt-6 hidden md:block">
        <table className="w-full border-collapse text-left align-top text-base">
          <caption id={captionId} className="sr-only">
            {t('caption')}
          </caption>
          <thead>
            <tr className="border-b-4 border-ink">
              <th scope="col" className="w-1/4 py-2 pr-4">
                {t('question')}
              </th>
              {opinions.map((opinion, index) => (
                <th key={opinion.id} scope="col" className="py-2 pr-4">
                  {opinionLabel(opinion, index)}
                  {opinion.specialty.trim() && <span className="block font-normal">{opinion.specialty}</span>}
                </th>
              ))}
              <th scope="col" className="py-2 pr-2">
                {t('markColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top">
                <th scope="row" className="py-3 pr-4 pl-2">
                  {row.question}
                </th>
                {row.values.map((value, i) => (
                  <td key={opinions[i]?.id} className="py-3 pr-4">
                    {cell(row, value)}
                  </td>
                ))}
                <td className="w-44 py-3 pr-2">{mark(row, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <div className="comparison-stacked mt-6 md:hidden">
        {rows.map((row) => (
          <section key={row.id} aria-labelledby={`row-${row.id}`} className="mt-4 border-b border-line pb-4">
            <h3 id={`row-${row.id}`} className="text-lg font-bold">
              {row.question}
            </h3>
            <dl className="mt-2 space-y-2">
              {row.values.map((value, i) => {
                const opinion = opinions[i]!;
                return (
                  <div key={opinion.id}>
                    <dt className="font-semibold">{opinionLabel(opinion, i)}</dt>
                    <dd>{cell(row, value)}</dd>
                  </div>
                );
              })}
            </dl>
            <div className="mt-3 border-l-4 border-line pl-3">{mark(row, false)}</div>
          </section>
        ))}
      </div>
    </>
  );
  if (!heading) return content;
  return (
    <section aria-labelledby={heading.id} className="mt-8">
      <h2 id={heading.id} className="text-2xl font-bold">
        {heading.text}
      </h2>
      {content}
    </section>
  );
}
