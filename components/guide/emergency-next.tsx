'use client';

import { useTranslations } from 'next-intl';
import { EMERGENCY_ID } from '@/lib/engine';
import { carryOn, changeView, type FlowRules, hrefOf, type Position } from '@/lib/guide/flow';
import { TelText } from '@/components/ui/tel-text';
import { viewHeadingClass } from './question-form';
import { ViewLink } from './view-link';

interface EmergencyNextProps {
  /** The urgent level's summary and the emergency question's explanation (sanitised HTML). */
  emergency: { summary: string; html: string };
  at: Position;
  rules: FlowRules;
  ready: boolean;
}

/** The emergency advice, and the way on from it: only someone who was not sure may carry on with the questions. */
export function EmergencyNext({ emergency, at, rules, ready }: EmergencyNextProps) {
  const t = useTranslations('guide.emergency');
  const { perspective } = at.state;
  const next = carryOn(rules, at);
  return (
    <>
      <div className="max-w-prose border-l-8 border-warn bg-warn-bg p-5">
        <h1 tabIndex={-1} className={viewHeadingClass}>
          {t('title')}
        </h1>
        <p className="mt-4 text-2xl font-bold">
          <TelText text={emergency.summary} />
        </p>
        {/* A phone calls straight from here; on a computer the number is still there to read. */}
        <p className="mt-5">
          <a href="tel:911" className={callButtonClass}>
            {t('call')}
          </a>
        </p>
        <p className="mt-3">{t('outsideUs')}</p>
        {ready && perspective === 'child' && <ChildSigns />}
        {/* Sanitised at build time by lib/content. */}
        <div className="prose-content mt-4 text-lg" dangerouslySetInnerHTML={{ __html: emergency.html }} />
        <p className="mt-4">
          {t.rich('crisis', {
            call: (chunks) => <a href="tel:988">{chunks}</a>,
            text: (chunks) => <a href="sms:988">{chunks}</a>,
          })}
        </p>
      </div>
      {ready && perspective && <Ways next={next} change={hrefOf(changeView(perspective, EMERGENCY_ID))} />}
    </>
  );
}

// The warning button's look, larger: the one thing to do on this view.
const callButtonClass =
  'btn inline-block rounded-sm border-b-4 border-[#6b140e] bg-warn px-8 py-4 text-2xl font-bold text-white no-underline visited:text-white hover:bg-[#aa2016] hover:text-white';

/** Worded as the parent's worry, not as a list of medical signs: a parent need not be sure to call. */
function ChildSigns() {
  const t = useTranslations('guide.emergency.child');
  return (
    <section aria-labelledby="child-worry" className="mt-6">
      <h2 id="child-worry" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-2">
        <TelText text={t('intro')} />
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t('breathing')}</li>
        <li>{t('sleepy')}</li>
        <li>{t('fainted')}</li>
        <li>{t('bleeding')}</li>
      </ul>
    </section>
  );
}

function Ways({ next, change }: { next: ReturnType<typeof carryOn>; change: string }) {
  const t = useTranslations('guide.emergency');
  if (!next)
    return (
      <p className="mt-8 max-w-prose">
        {t.rich('mistake', { link: (chunks) => <ViewLink href={change}>{chunks}</ViewLink> })}
      </p>
    );
  return (
    <div className="mt-8 max-w-prose border-t border-line pt-6">
      <h2 className="text-xl font-bold">{t('sureHeading')}</h2>
      <p className="mt-2">{t('sureText')}</p>
      <p className="mt-4">
        <ViewLink href={hrefOf(next)}>{t('carryOn')}</ViewLink>
      </p>
      <p className="mt-2">
        <ViewLink href={change}>{t('change')}</ViewLink>
      </p>
    </div>
  );
}
