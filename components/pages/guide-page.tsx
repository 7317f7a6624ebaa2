import { createTranslator, useTranslations } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { GuideWizard } from '@/components/guide/guide-wizard';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getRules } from '@/lib/content';
import { EMERGENCY_ID } from '@/lib/engine';
import { type Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { pageMetadata } from './metadata';

export const guideMetadata = (locale: Locale) => {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'guide.page' });
  return pageMetadata(locale, '/guide', { title: t('title'), description: t('description') });
};

export function GuidePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = useTranslations('guide.page');
  const rules = getRules(locale);
  // Only what the views need: wording and answers, not the explanations and weights used for the result.
  const triggers = rules.triggers.map(({ id, order, perspectives, askWhen, question, hint, answers }) => ({
    id,
    order,
    perspectives,
    ...(askWhen ? { askWhen } : {}),
    question,
    hint,
    answers: answers.map(({ value, label }) => ({ value, label })),
  }));
  const emergency = {
    summary: rules.levels.urgent.summary,
    html: rules.triggers.find((t) => t.id === EMERGENCY_ID)?.explanation ?? '',
  };
  return (
    <ClientMessages locale={locale} namespaces={['guide', 'ui']}>
      <GuideWizard
        triggers={triggers}
        emergency={emergency}
        title={t('title')}
        intro={<p className="mb-8 max-w-prose text-lg">{t('intro')}</p>}
      >
        <section aria-labelledby="about-questions" className="mt-12 max-w-prose border-t border-line pt-6">
          <h2 id="about-questions" className="text-xl font-bold">
            {t('about.heading')}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>{t('about.count', { count: rules.triggers.length })}</li>
            <li>{t('about.optional')}</li>
            <li>{t('about.end')}</li>
            <li>{t('about.device')}</li>
            <li>{t('about.diagnosis')}</li>
          </ul>
        </section>
      </GuideWizard>
    </ClientMessages>
  );
}
