import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HomeResume } from '@/components/guide/home-resume';
import { SECTIONS } from '@/components/layout/nav-items';
import { getContent, getRules } from '@/lib/content';
import { routingView } from '@/lib/engine';
import { type Locale, localePath } from '@/lib/i18n/locales';
import { pageMetadata } from './metadata';

export const homeMetadata = (locale: Locale) => pageMetadata(locale, '/', {});

export async function HomePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const nav = await getTranslations({ locale, namespace: 'common.nav' });
  const to = (href: string) => localePath(locale, href);
  const featured = getContent(locale).articles.slice(0, 4);
  const guide = await getTranslations({ locale, namespace: 'guide' });
  const resumeWords = {
    heading: guide('resume.heading'),
    saved: guide('resume.saved'),
    carryOn: guide('resume.carryOn'),
    deleted: guide('resume.deleted'),
    startAgain: {
      button: guide('startAgain.button'),
      question: guide('startAgain.question'),
      detail: guide('startAgain.detail'),
      confirm: guide('startAgain.confirm'),
      cancel: guide('startAgain.cancel'),
    },
  };
  return (
    <>
      <h1 className="max-w-prose text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <div className="mt-4 max-w-prose space-y-4 text-xl">
        <p>{t('intro')}</p>
        <p>{t('forWhom')}</p>
        <p>
          {t('scope')} <Link href={to('/about#if-you-live-outside-the-us')}>{t('outsideUs')}</Link>.
        </p>
      </div>
      {/* Below the opening words, so it never pushes them down when it appears after load. */}
      <HomeResume locale={locale} rules={routingView(getRules(locale))} words={resumeWords} />

      <h2 className="mt-10 text-2xl font-bold">{t('start')}</h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-3">
        {SECTIONS.map((section) => (
          <li key={section.href} className="rounded border-2 border-line p-5">
            <h3 className="text-xl font-bold">
              <Link href={to(section.href)}>{nav(section.key)}</Link>
            </h3>
            <p className="mt-2">{t(`blurb.${section.key}`)}</p>
          </li>
        ))}
      </ul>

      <section
        aria-labelledby="private"
        className="mt-10 max-w-prose rounded border-l-8 border-brand bg-pale p-5"
      >
        <h2 id="private" className="text-xl font-bold">
          {t('private.title')}
        </h2>
        <p className="mt-2">
          {t('private.text')} <Link href={to('/privacy')}>{t('private.link')}</Link>.
        </p>
      </section>

      <h2 className="mt-10 text-2xl font-bold">{t('articles')}</h2>
      <ul className="mt-4 max-w-prose list-disc space-y-2 pl-6">
        {featured.map((article) => (
          <li key={article.slug}>
            <Link href={to(`/learn/${article.slug}`)}>{article.title}</Link>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link href={to('/learn')}>{t('allArticles')}</Link>
      </p>
    </>
  );
}
