'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/styles';
import type { GuideState } from '@/lib/guide/state';
import { ResumePanel } from './resume-panel';
import { StartAgain } from './start-again';
import { ViewLink } from './view-link';

/**
 * Under the first question of the guide, for someone with answers saved: carry on from the first
 * question still open (or Check your answers when all are answered), or start again.
 */
export function GuideResume({
  state,
  href,
  onStartAgain,
}: {
  state: GuideState;
  /** The view to carry on at; null when there is nowhere further than this first question. */
  href: string | null;
  onStartAgain: () => void;
}) {
  const t = useTranslations('guide');
  const answered = Object.keys(state.answers).length;
  return (
    <ResumePanel saved={answered > 0 ? t('perspective.saved', { count: answered }) : t('resume.saved')}>
      {href && (
        <ViewLink href={href} className={buttonClass}>
          {t('resume.carryOn')}
        </ViewLink>
      )}
      <StartAgain onDone={onStartAgain} />
    </ResumePanel>
  );
}
