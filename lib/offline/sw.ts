// The service worker, bundled by scripts/build-sw.mjs after each build into sw.js (public/ for
// `next start`, out/ for the static export). It keeps every prerendered page and asset of this build
// on the device, so the whole guide opens with no signal after one visit. It never sees what people
// type: answers live in localStorage, and requests carry none of them.
import { NetworkOnly, type PrecacheEntry, Serwist } from 'serwist';

/** Written in by scripts/build-sw.mjs: every page and asset of this build, with a revision for each page. */
declare const __PRECACHE__: PrecacheEntry[];

/**
 * Next's router asks for a page's data (RSC) rather than its HTML when a link is followed: `?_rsc=`
 * and an `RSC` header under `next start`, a `.txt` file in the static export.
 */
const isPageData = (request: Request, url: URL) =>
  request.headers.get('RSC') === '1' || url.searchParams.has('_rsc') || url.pathname.endsWith('.txt');

// With no signal, answer a page-data request with an empty HTML response: Next's router then loads
// the page itself (from the precache), quietly, instead of failing with a console error.
const loadWholePage = {
  handlerDidError: async () => new Response(null, { status: 200, headers: { 'Content-Type': 'text/html' } }),
};

const isSpanish = (request: Request) => /^\/es(\/|$)/.test(new URL(request.url).pathname);

const serwist: Serwist = new Serwist({
  precacheEntries: __PRECACHE__,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    concurrency: 6,
    // Next links its icons as `/favicon.ico?favicon.<hash>.ico`: the same file the list keeps.
    ignoreURLParametersMatching: [/^utm_/, /^(favicon|icon)\./],
  },
  // A new version waits until the person chooses to reload (components/offline/update-notice.tsx
  // posts SKIP_WAITING); a first install takes charge of the open page at once.
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [
    {
      // The static export's router asks whether a page exists (HEAD) before fetching its data: a page
      // this build keeps does, signal or not.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.method === 'HEAD',
      method: 'HEAD',
      handler: async ({ request }): Promise<Response> =>
        (await serwist.matchPrecache(request.url)) ? new Response(null, { status: 200 }) : fetch(request),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && isPageData(request, url),
      handler: new NetworkOnly({ plugins: [loadWholePage] }),
    },
    { matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly() },
  ],
  // An address that is not in this build (a mistyped link) with no signal: the offline page.
  fallbacks: {
    entries: [
      {
        url: '/es/offline',
        matcher: ({ request }) => request.destination === 'document' && isSpanish(request),
      },
      { url: '/offline', matcher: ({ request }) => request.destination === 'document' },
    ],
  },
});

serwist.addEventListeners();
