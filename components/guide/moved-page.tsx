import Link from 'next/link';

/**
 * An old address of a wizard step, kept so links and bookmarks still work: it sends the person on
 * to the view at `href`. A meta refresh, not redirect(): in a static export redirect() only acts
 * once scripts have run, and this must work without them (the strict CSP does not cover it).
 */
export function MovedPage({ href, to }: { href: string; to: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">This page has moved</h1>
      <p className="mt-4 max-w-prose text-lg">
        <Link href={href} prefetch={false}>
          Go to {to}
        </Link>
      </p>
    </>
  );
}

export const movedMetadata = { title: 'This page has moved', robots: { index: false } };
