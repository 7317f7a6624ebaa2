'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Citation, SureItem } from '@/lib/engine';
import { Section } from '@/components/ui/section';
import { SectionSources } from '@/components/ui/section-sources';
import { PrintValue } from '@/components/ui/print-value';

type SureAnswer = 'yes' | 'no';

interface SureCheckProps {
  items: SureItem[];
  answers: Record<string, SureAnswer>;
  onAnswer: (id: string, value: SureAnswer) => void;
  source?: Citation;
  /** Shown above the questions (the comparison says where its first answers came from). */
  intro?: ReactNode;
  /** Shown after the questions and their reading (the comparison's before and after). */
  children?: ReactNode;
}

/** The SURE test: four yes/no questions; fewer than four yes answers suggests the person is still torn. */
export function SureCheck({ items, answers, onAnswer, source, intro, children }: SureCheckProps) {
  const t = useTranslations('result.sure');
  const tPrint = useTranslations('result.print');
  const done = items.every((item) => answers[item.id]);
  const started = items.some((item) => answers[item.id]);
  const yes = items.filter((item) => answers[item.id] === 'yes').length;
  const missing = items.filter((item) => answers[item.id] === 'no');
  return (
    <Section id="sure-title" title={t('title')} className="mt-8 border-t border-line pt-4">
      {intro}
      {/* Folded until answered, so the page stays short; once answered it stays open. */}
      <details open={started || undefined} className="mt-3">
        <summary className="cursor-pointer">
          {t.rich('open', { b: (chunks) => <span className="font-semibold">{chunks}</span> })}
        </summary>
        {items.map((item) => (
          <fieldset key={item.id} className="mt-5">
            <legend className="text-lg font-bold">{item.question}</legend>
            <div className="mt-2 flex gap-6 print:hidden">
              {(['yes', 'no'] as const).map((value) => (
                <div key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    id={`sure-${item.id}-${value}`}
                    name={`sure-${item.id}`}
                    value={value}
                    checked={answers[item.id] === value}
                    onChange={() => onAnswer(item.id, value)}
                    className="h-7 w-7 accent-ink"
                  />
                  <label htmlFor={`sure-${item.id}-${value}`} className="text-lg">
                    {t(value)}
                  </label>
                </div>
              ))}
            </div>
            {/* Radio buttons mean nothing on paper: the answer prints as a word. */}
            <PrintValue
              value={answers[item.id] ? t(answers[item.id]!) : null}
              empty={tPrint('notAnswered')}
              className="mt-1 font-semibold"
            />
          </fieldset>
        ))}
        <div aria-live="polite" className="mt-6">
          {done && (
            <div className="border-l-8 border-brand bg-pale p-4">
              <p className="font-bold">{t('score', { yes, total: items.length })}</p>
              {missing.length === 0 ? (
                <p className="mt-2">{t('ready')}</p>
              ) : (
                <>
                  <p className="mt-2">{t('notReady')}</p>
                  <ul className="mt-2 list-disc space-y-2 pl-6">
                    {missing.map((item) => (
                      <li key={item.id}>{item.help}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </div>
      </details>
      {children}
      {source && <SectionSources sources={[source]} />}
    </Section>
  );
}
