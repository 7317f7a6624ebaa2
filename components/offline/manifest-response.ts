import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { webManifest } from '@/lib/offline/manifest';

/** The manifest of one language, as the route handler's response (prerendered: a plain file in the export). */
export function manifestResponse(locale: Locale): Response {
  const messages = messagesFor(locale);
  const manifest = webManifest(locale, {
    name: messages.common.siteName,
    shortName: messages.offline.manifest.shortName,
    description: messages.offline.manifest.description,
  });
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
