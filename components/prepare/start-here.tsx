import { useTranslations } from 'next-intl';
import type { StartStep } from '@/lib/prepare/start-here';

/** The three steps for this week, each a link to its item further down. */
export function StartHere({ steps, children }: { steps: StartStep[]; children: React.ReactNode }) {
  const t = useTranslations('prepare.startHere');
  return (
    <section
      aria-labelledby="start-here-title"
      className="mt-6 max-w-prose border-l-8 border-brand bg-pale p-4"
    >
      <h2 id="start-here-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-1">{t('lead')}</p>
      <ol className="mt-2 list-decimal space-y-2 pl-6">
        {steps.map((step) => (
          <li key={`${step.listId}/${step.itemId}`}>
            <a href={`#item-${step.listId}-${step.itemId}`}>{t(`steps.${step.id}.${step.perspective}`)}</a>
          </li>
        ))}
      </ol>
      <div className="mt-3" aria-live="polite">
        {children}
      </div>
    </section>
  );
}
