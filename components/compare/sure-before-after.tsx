'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { SureItem } from '@/lib/engine';
import { localePath } from '@/lib/i18n/locales';

type Answers = Record<string, 'yes' | 'no'>;

const answered = (items: SureItem[], answers: Answers) => items.some((item) => answers[item.id]);

/** Above the SURE questions: where their first answers came from, or that the result page has none. */
export function SureCarried({ items, before }: { items: SureItem[]; before: Answers }) {
  const t = useTranslations('compare.weigh.sure');
  const locale = useLocale();
  if (answered(items, before)) return <p className="mt-3">{t('carried')}</p>;
  return (
    <p className="mt-3">
      {t.rich('none', {
        link: (chunks) => (
          <Link href={localePath(locale, '/guide/result')} prefetch={false}>
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}

/**
 * Each SURE answer as given on the result page and as it stands now ("Yes → No"), with the count of
 * yes answers then and now. Shown only when the result page has answers to compare with.
 */
export function SureBeforeAfter({
  items,
  before,
  now,
}: {
  items: SureItem[];
  before: Answers;
  now: Answers;
}) {
  const t = useTranslations('compare.weigh.sure');
  const tSure = useTranslations('result.sure');
  if (!answered(items, before)) return null;
  const word = (value: 'yes' | 'no' | undefined) => (value ? tSure(value) : t('notAnswered'));
  const yes = (answers: Answers) => items.filter((item) => answers[item.id] === 'yes').length;
  return (
    <div className="mt-6 break-inside-avoid">
      <h3 className="text-xl font-bold">{t('beforeTitle')}</h3>
      <ul className="mt-2 space-y-2">
        {items.map((item) => {
          const was = before[item.id];
          const is = now[item.id];
          return (
            <li key={item.id}>
              <span className="block">{item.question}</span>
              {/* The arrow is for the eye; a screen reader hears the same in words. */}
              <span aria-hidden="true" className="font-semibold">
                {word(was)} → {word(is)}
                {was !== is && <span className="ml-2 font-normal text-ink-muted">({t('changed')})</span>}
              </span>
              <span className="sr-only">
                {t('spoken', { before: word(was), after: word(is), changed: String(was !== is) })}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-3">{t('counts', { before: yes(before), after: yes(now), total: items.length })}</p>
    </div>
  );
}
