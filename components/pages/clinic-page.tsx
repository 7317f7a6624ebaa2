import { createTranslator } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ClinicKit } from '@/components/share/clinic-kit';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export function clinicMetadata(locale: Locale) {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'clinic.metadata' });
  return pageMetadata(locale, '/clinic', { title: t('title'), description: t('description') });
}

export async function ClinicPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'clinic' });
  // English paths: the kit puts each link in the page's language (`/es/...` on the Spanish kit).
  const pages = [
    { path: '/guide', label: t('pages.guide') },
    { path: '/prepare', label: t('pages.prepare') },
    { path: '/compare', label: t('pages.compare') },
    ...getContent(locale).articles.map((article) => ({
      path: `/learn/${article.slug}`,
      label: t('pages.article', { title: article.title }),
    })),
  ];
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-xl text-ink-muted">{t('intro')}</p>
      <p className="mt-3 max-w-prose">{t('nothingSent')}</p>
      <ClientMessages locale={locale} namespaces={['clinic', 'ui']}>
        <ClinicKit pages={pages} />
      </ClientMessages>
    </>
  );
}
