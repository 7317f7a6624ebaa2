import Link from 'next/link';
import { formatDate } from '@/lib/format-date';

export function SiteFooter({ lastReviewed }: { lastReviewed: string }) {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-pale">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-base sm:px-6">
        <p>
          <strong>This guide gives information, not medical advice.</strong> It cannot diagnose you or tell
          you what treatment to have. Talk with your doctors about your own care.
        </p>
        <p>
          Content last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        </p>
        <nav aria-label="Footer" className="no-print">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/about">About this guide</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy</Link>
            </li>
            <li>
              <Link href="/learn">All articles</Link>
            </li>
            <li>
              <Link href="/sources">Sources</Link>
            </li>
            <li>
              <Link href="/learn/glossary">Words you may hear</Link>
            </li>
            <li>
              <Link href="/clinic">For clinics</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
