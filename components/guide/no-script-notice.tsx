import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type Locale, localePath } from '@/lib/i18n/locales';

/** The questions need scripts to save answers; without them, point to the article that covers the same ground. */
export function NoScriptNotice({ locale }: { locale: Locale }) {
  const t = useTranslations('guide.noScript');
  return (
    <noscript>
      <p className="mb-6 max-w-prose border-l-8 border-warn bg-warn-bg p-4">
        {t.rich('text', {
          link: (chunks) => (
            <Link href={localePath(locale, '/learn/when-a-second-opinion-helps')}>{chunks}</Link>
          ),
        })}
      </p>
    </noscript>
  );
}
