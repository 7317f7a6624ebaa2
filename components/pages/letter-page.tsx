import { setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LetterView } from '@/components/letters/letter-view';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import type { LetterKind } from '@/lib/letters/state';
import { pageMetadata } from './metadata';

/** What each letter states as fact rests on these sources (ids in content/sources.md). */
const LETTER_SOURCES: Record<LetterKind, readonly string[]> = {
  'first-doctor': [],
  'records-request': ['hipaa-access'],
  'doctor-summary': [],
};

export const letterMetadata = (locale: Locale, kind: LetterKind) =>
  pageMetadata(locale, `/letters/${kind}`, messagesFor(locale).letters.meta[kind]);

export function LetterPage({ locale, kind }: { locale: Locale; kind: LetterKind }) {
  setRequestLocale(locale);
  const { questionTopics, sources } = getContent(locale);
  const questionTexts = Object.fromEntries(
    questionTopics.flatMap((topic) => topic.questions.map((question) => [question.id, question.text])),
  );
  const cited = LETTER_SOURCES[kind].map((id) => {
    const source = sources.find((each) => each.id === id);
    // A letter that cites a missing source should stop the build, not print an unsupported claim.
    if (!source) throw new Error(`content/sources.md has no source "${id}"`);
    return { id: source.id, citation: source.citation, year: source.year };
  });
  return (
    <ClientMessages locale={locale} namespaces={['letters', 'ui']}>
      <LetterView kind={kind} questionTexts={questionTexts} sources={cited} />
    </ClientMessages>
  );
}
