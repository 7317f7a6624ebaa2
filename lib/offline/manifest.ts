import { HTML_LANG, type Locale, localePath } from '../i18n/locales';

export const THEME_COLOUR = '#005eb8';
export const MANIFEST_PATH = '/manifest.webmanifest';

export interface ManifestWords {
  name: string;
  shortName: string;
  description: string;
}

/**
 * The web app manifest of one language. Both languages share one scope, so the installed guide can
 * follow the language switch; each opens at its own home page.
 */
export function webManifest(locale: Locale, words: ManifestWords) {
  const start = localePath(locale, '/');
  return {
    id: start,
    name: words.name,
    short_name: words.shortName,
    description: words.description,
    lang: HTML_LANG[locale],
    dir: 'ltr',
    start_url: start,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOUR,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
