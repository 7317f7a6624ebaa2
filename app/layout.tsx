import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { ClinicBanner } from '@/components/share/clinic-banner';
import { getContent } from '@/lib/content';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Second Opinion Guide', template: '%s – Second Opinion Guide' },
  description:
    'A free, private guide to help you decide whether to get a second medical opinion, get ready for it, and weigh what the doctors said.',
  referrer: 'no-referrer',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#005eb8',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const { lastReviewed } = getContent();
  return (
    <html lang="en-US">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 sm:px-6">
          <ClinicBanner />
          {children}
        </main>
        <SiteFooter lastReviewed={lastReviewed} />
      </body>
    </html>
  );
}
