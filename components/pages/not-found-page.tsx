import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type Locale, localePath } from '@/lib/i18n/locales';

/** What someone sees at an address the guide does not have, in the language of the part they were in. */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = useTranslations('learn.notFound');
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
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
