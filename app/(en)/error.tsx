'use client';

import words from '@/content/messages/en/errors.json';
import { ErrorView } from '@/components/pages/error-view';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView words={words} home="/" reset={reset} />;
}
