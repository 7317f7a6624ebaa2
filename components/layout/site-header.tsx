import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { LOCALES, type Locale, localePath } from '@/lib/i18n/locales';
import { EmergencyLine } from './emergency-line';
import { LanguageSwitch } from './language-switch';
import { NAV_ITEMS } from './nav-items';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = useTranslations('common');
  return (
    <header className="bg-brand text-white">
      <EmergencyLine />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href={localePath(locale, '/')}
          className="text-xl font-bold text-white no-underline visited:text-white hover:text-white hover:underline"
        >
          {t('siteName')}
        </Link>
        <nav aria-label={t('nav.label')} className="no-print">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link
                  href={localePath(locale, item.href)}
                  className="inline-block py-1 font-semibold text-white visited:text-white hover:text-white"
                >
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
            {LOCALES.filter((other) => other !== locale).map((other) => (
              <li key={other}>
                <LanguageSwitch to={other} label={t('languageSwitch')} />
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
