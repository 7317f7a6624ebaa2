import type { Metadata } from 'next';
import Link from 'next/link';
import { createTranslator, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

/** Where an old address now leads, named in the page's language. */
export type MovedTo = 'emergency' | 'question' | 'check';

/**
 * An old address of a wizard step, kept so links and bookmarks still work: it sends the person on
 * to the view at `href`. A meta refresh, not redirect(): in a static export redirect() only acts
 * once scripts have run, and this must work without them (the strict CSP does not cover it).
 */
export function MovedPage({ href, to }: { href: string; to: MovedTo }) {
  const t = useTranslations('guide.moved');
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose text-lg">
        <Link href={href} prefetch={false}>
          {t('goTo', { to: t(`to.${to}`) })}
        </Link>
      </p>
    </>
  );
}

export function movedMetadata(locale: Locale): Metadata {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'guide.moved' });
  return { title: t('title'), robots: { index: false } };
}
