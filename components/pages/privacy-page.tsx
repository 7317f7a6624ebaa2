import { setRequestLocale } from 'next-intl/server';
import { ContentPage } from '@/components/learn/content-page';
import { DeviceData } from '@/components/share/device-data';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getPage } from '@/lib/content';
import { type Locale } from '@/lib/i18n/locales';

export function PrivacyPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return (
    <ContentPage {...getPage('privacy', locale)} locale={locale}>
      <ClientMessages locale={locale} namespaces={['share']}>
        <DeviceData />
      </ClientMessages>
    </ContentPage>
  );
}
