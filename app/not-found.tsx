import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Page not found</h1>
      <p className="mt-4">If you typed the web address, check it is correct.</p>
      <p className="mt-4">If you pasted the web address, check you copied the whole address.</p>
      <p className="mt-4">
        You can <Link href="/">go to the home page</Link> or <Link href="/learn">read our articles</Link>.
      </p>
    </div>
  );
}
