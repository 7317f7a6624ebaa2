import { useLocale, useTranslations } from 'next-intl';
import type { Level } from '@/lib/engine';

const SCALE = ['optional', 'consider', 'strongly-consider'] as const;

/** Three steps that rise in height and fill up to the level: readable without colour, and in words. */
export function LevelMeter({ level }: { level: Exclude<Level, 'urgent'> }) {
  const t = useTranslations('result.level');
  const locale = useLocale();
  const index = SCALE.indexOf(level);
  return (
    <figure className="mt-6 max-w-prose">
      <ol className="flex items-end gap-2" aria-hidden="true">
        {SCALE.map((step, i) => (
          <li key={step} className="flex-1 text-center">
            <div
              className={`mx-auto w-full rounded-t border-2 border-ink ${i <= index ? 'bg-ink' : 'bg-white'}`}
              style={{ height: `${1 + i * 0.75}rem` }}
            />
            <span className={`mt-1 block text-sm leading-tight ${i === index ? 'font-bold' : ''}`}>
              {i === index ? '▲ ' : ''}
              {t(`short.${step}`)}
            </span>
          </li>
        ))}
      </ol>
      <figcaption className="mt-3 text-lg">
        <span className="font-bold">{t('of', { n: index + 1, total: SCALE.length })}</span>{' '}
        {t(`short.${level}`).toLocaleLowerCase(locale)}
      </figcaption>
    </figure>
  );
}
