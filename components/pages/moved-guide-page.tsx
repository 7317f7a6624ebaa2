import { setRequestLocale } from 'next-intl/server';
import { MovedPage, movedMetadata, type MovedTo } from '@/components/guide/moved-page';
import { getRules } from '@/lib/content';
import { type Locale, localePath } from '@/lib/i18n/locales';

export const oldQuestionParams = () =>
  getRules().triggers.flatMap((trigger) =>
    trigger.perspectives.map((perspective) => ({ perspective, question: trigger.id })),
  );

export const movedPageMetadata = (locale: Locale) => movedMetadata(locale);

/** Old addresses of wizard steps, kept so links and bookmarks still land on the same step. */
export function OldGuidePage({ locale, fragment, to }: { locale: Locale; fragment: string; to: MovedTo }) {
  setRequestLocale(locale);
  return <MovedPage href={localePath(locale, `/guide#${fragment}`)} to={to} />;
}
