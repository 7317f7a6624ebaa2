import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { type Locale, localePath } from '@/lib/i18n/locales';
import { LETTER_KINDS } from '@/lib/letters/state';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export const lettersMetadata = (locale: Locale) =>
  pageMetadata(locale, '/letters', messagesFor(locale).letters.meta.index);

/** What each letter is for, with a link to each. No client code: the letters themselves are on their own pages. */
export async function LettersPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'letters' });
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('index.title')}</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{t('index.intro')}</p>
      <p className="mt-3 max-w-prose">{t('index.private')}</p>
      <ul className="mt-8 max-w-prose divide-y divide-line border-y border-line">
        {LETTER_KINDS.map((kind) => (
          <li key={kind} className="py-5">
            <h2 className="text-xl font-bold">
              <Link href={localePath(locale, `/letters/${kind}`)}>{t(`index.kinds.${kind}.title`)}</Link>
            </h2>
            <p className="mt-1">{t(`index.kinds.${kind}.text`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
