'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from './styles';

export function PrintButton({ children }: { children?: string }) {
  const t = useTranslations('ui');
  return (
    <button type="button" className={buttonClass} onClick={() => window.print()}>
      {children ?? t('print')}
    </button>
  );
}
