'use client';

import Link from 'next/link';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Sorry, something went wrong</h1>
      <p className="mt-4">This page did not load properly. Nothing you saved on this device has been lost.</p>
      <p className="mt-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          Try again
        </button>
      </p>
      <p className="mt-4">
        Or <Link href="/">go to the home page</Link>.
      </p>
    </div>
  );
}
