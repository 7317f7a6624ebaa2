'use client';

import Link from 'next/link';
import type en from '@/content/messages/en/errors.json';

/**
 * The error boundary's page. It gets its words from the layout's language file directly, not from
 * a provider: it must work when whatever failed was the page around it.
 */
export function ErrorView({ words, home, reset }: { words: typeof en; home: string; reset: () => void }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{words.title}</h1>
      <p className="mt-4">{words.text}</p>
      <p className="mt-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          {words.retry}
        </button>
      </p>
      <p className="mt-4">
        {words.or} <Link href={home}>{words.home}</Link>.
      </p>
    </div>
  );
}
