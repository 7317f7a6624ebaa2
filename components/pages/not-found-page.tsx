import Link from 'next/link';
import { createTranslator } from 'next-intl';
import { type Locale, localePath } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

/**
 * What someone sees at an address the guide does not have, in one language. The translator is made
 * here rather than taken from the request, so the global 404 (which knows no request language) can
 * show it once per language, the second under an h2 and marked with its own `lang`.
 */
export function NotFoundView({ locale, level = 1, lang }: { locale: Locale; level?: 1 | 2; lang?: string }) {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'learn.notFound' });
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div lang={lang} className="mb-10 max-w-prose">
      <Heading className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</Heading>
      <p className="mt-4">{t('typed')}</p>
      <p className="mt-4">{t('pasted')}</p>
      <p className="mt-4">
        {t.rich('links', {
          home: (chunks) => <Link href={localePath(locale, '/')}>{chunks}</Link>,
          learn: (chunks) => <Link href={localePath(locale, '/learn')}>{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
