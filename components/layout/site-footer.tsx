import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { formatDate } from '@/lib/format-date';
import { type Locale, localePath } from '@/lib/i18n/locales';

const FOOTER_LINKS = [
  { href: '/about', key: 'about' },
  { href: '/privacy', key: 'privacy' },
  { href: '/learn', key: 'articles' },
  { href: '/sources', key: 'sources' },
  { href: '/learn/glossary', key: 'glossary' },
  { href: '/clinic', key: 'clinics' },
] as const;

export function SiteFooter({ locale, lastReviewed }: { locale: Locale; lastReviewed: string }) {
  const t = useTranslations('common.footer');
  return (
    <footer className="mt-16 border-t-4 border-brand bg-pale">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-base sm:px-6">
        <p>{t.rich('disclaimer', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p>
          {t('reviewed')} <time dateTime={lastReviewed}>{formatDate(lastReviewed, locale)}</time>
        </p>
        <nav aria-label={t('label')} className="no-print">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {FOOTER_LINKS.map((item) => (
              <li key={item.href}>
                <Link href={localePath(locale, item.href)}>{t(item.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
