'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { CompareWords } from '@/lib/content/compare';
import { rowDiffers } from '@/lib/compare/outcome';
import { type Opinion, type OpinionField, OPINION_FIELDS } from '@/lib/compare/state';
import { useOpinionLabel } from './opinion-label';

interface Row {
  id: OpinionField;
  question: string;
  bankQuestion?: string;
  values: string[];
  differs: boolean;
}

function rowsOf(opinions: Opinion[], words: CompareWords): Row[] {
  return OPINION_FIELDS.map((id) => {
    const field = words.fields.find((f) => f.id === id);
    const options = words.options[id];
    const values = opinions.map((o) => (options ? (options[o[id]] ?? '') : o[id]));
    return {
      id,
      question: field?.row ?? id,
      bankQuestion: field?.bankQuestion,
      values,
      differs: rowDiffers(values),
    };
  });
}

interface ComparisonGridProps {
  opinions: Opinion[];
  words: CompareWords;
  /** Without these the grid is read-only: empty cells do not offer to add a question. */
  isOnList?: (questionId: string) => boolean;
  onAddQuestion?: (questionId: string) => void;
}

function Marker({ differs }: { differs: boolean }) {
  const t = useTranslations('compare.grid');
  return differs ? (
    <span className="ml-2 inline-block border-2 border-ink px-1.5 text-sm font-bold">{t('differs')}</span>
  ) : null;
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

/**
 * Rows are the questions people ask, columns the doctors. Rows whose answers differ are marked with
 * a symbol and the word "Differs", not colour alone. Phones get the same content stacked, in the same order.
 */
export function ComparisonGrid({ opinions, words, isOnList, onAddQuestion }: ComparisonGridProps) {
  const t = useTranslations('compare.grid');
  const opinionLabel = useOpinionLabel();
  const rows = rowsOf(opinions, words);
  const [added, setAdded] = useState('');
  const add = (row: Row) => {
    if (!row.bankQuestion || !onAddQuestion) return;
    onAddQuestion(row.bankQuestion);
    setAdded(t('added', { question: row.question }));
  };
  const differing = rows.filter((r) => r.differs).length;
  return (
    <>
      <p className="mt-4 max-w-prose">
        {differing === 0 ? t('noDifferences') : t('differing', { differing, total: rows.length })}
      </p>
      <p className="sr-only" aria-live="polite">
        {added}
      </p>
      <div className="comparison-table mt-6 hidden overflow-x-auto md:block">
        <table className="w-full border-collapse text-left align-top text-base">
          <caption className="sr-only">{t('caption')}</caption>
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
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                className={`border-b border-line align-top ${row.differs ? 'border-l-8 border-l-ink' : ''}`}
              >
                <th scope="row" className="py-3 pr-4 pl-2">
                  {row.question}
                  <Marker differs={row.differs} />
                </th>
                {row.values.map((value, i) => (
                  <td key={opinions[i]?.id} className="py-3 pr-4">
                    <Cell
                      value={value}
                      row={row}
                      isOnList={row.bankQuestion && isOnList ? isOnList(row.bankQuestion) : false}
                      onAdd={onAddQuestion ? () => add(row) : undefined}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="comparison-stacked mt-6 md:hidden">
        {rows.map((row) => (
          <section
            key={row.id}
            aria-label={row.question}
            className={`mt-4 border-b border-line pb-4 ${row.differs ? 'border-l-8 border-l-ink pl-3' : ''}`}
          >
            <h3 className="text-lg font-bold">
              {row.question}
              <Marker differs={row.differs} />
            </h3>
            <dl className="mt-2 space-y-2">
              {row.values.map((value, i) => {
                const opinion = opinions[i]!;
                return (
                  <div key={opinion.id}>
                    <dt className="font-semibold">{opinionLabel(opinion, i)}</dt>
                    <dd>
                      <Cell
                        value={value}
                        row={row}
                        isOnList={row.bankQuestion && isOnList ? isOnList(row.bankQuestion) : false}
                        onAdd={onAddQuestion ? () => add(row) : undefined}
                      />
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}
