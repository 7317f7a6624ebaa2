import { useTranslations } from 'next-intl';
import type { Opinion } from '@/lib/compare/state';

/** "Opinion 2" or "Opinion 2: Dr Rivera": numbered by position, named when a name was typed. */
export function useOpinionLabel(): (opinion: Opinion, index: number) => string {
  const t = useTranslations('compare.opinion');
  return (opinion, index) => {
    const name = opinion.name.trim();
    return name ? t('named', { number: index + 1, name }) : t('numbered', { number: index + 1 });
  };
}
