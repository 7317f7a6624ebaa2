import Link from 'next/link';

export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  return (
    <Link href={href} className="no-print mb-6 inline-block text-base text-ink visited:text-ink">
      <span aria-hidden="true">‹ </span>
      {children}
    </Link>
  );
}
