import Link from 'next/link';
import { useTranslations } from 'next-intl';

export function BackLink({ href, children }: { href: string; children?: string }) {
  const t = useTranslations('ui');
  return (
    <Link href={href} className="no-print mb-6 inline-block text-base text-ink visited:text-ink">
      <span aria-hidden="true">‹ </span>
      {children ?? t('back')}
    </Link>
  );
}
