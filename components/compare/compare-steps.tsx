import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { localePath } from '@/lib/i18n/locales';

const STEPS = [
  { href: '/compare', key: 'enter' },
  { href: '/compare/side-by-side', key: 'sideBySide' },
  { href: '/compare/weigh', key: 'weigh' },
] as const;

export type CompareStep = (typeof STEPS)[number]['href'];

/** The three parts of comparing, each on its own page so back, forward and refresh work. */
export function CompareSteps({ current }: { current: CompareStep }) {
  const t = useTranslations('compare.steps');
  const locale = useLocale();
  return (
    <nav aria-label={t('label')} className="no-print mb-6">
      <ol className="flex flex-wrap gap-x-6 gap-y-2 text-base">
        {STEPS.map((step, index) => (
          <li key={step.href}>
            {step.href === current ? (
              <span aria-current="page" className="font-bold">
                {index + 1}. {t(step.key)}
              </span>
            ) : (
              <Link href={localePath(locale, step.href)}>
                {index + 1}. {t(step.key)}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
