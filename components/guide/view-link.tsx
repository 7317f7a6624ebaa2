'use client';

import { useTranslations } from 'next-intl';
import type { MouseEvent, ReactNode } from 'react';
import { goToHash } from './use-location-hash';

/**
 * A link to another view of the wizard: a fragment of this page, so following it never asks a
 * server for anything. A plain click is a new history entry; other clicks (new tab) are the browser's.
 */
export function ViewLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goToHash(href);
  }
  return (
    <a href={href} className={className} onClick={follow}>
      {children}
    </a>
  );
}

/** The GOV.UK Back link, to the view before. */
export function ViewBackLink({ href }: { href: string }) {
  const t = useTranslations('guide.wizard');
  return (
    <ViewLink href={href} className="no-print mb-6 inline-block text-base text-ink visited:text-ink">
      <span aria-hidden="true">‹ </span>
      {t('back')}
    </ViewLink>
  );
}
