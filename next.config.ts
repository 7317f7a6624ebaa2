import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { cspDirectives, securityHeaders } from './scripts/security-headers.json';

const isDev = process.env.NODE_ENV === 'development';
const isStaticExport = process.env.STATIC_EXPORT === '1';

// script-src: Next.js boots React with small inline scripts on every prerendered page, and a nonce
// would make every page dynamic. So `npm run build` ends with scripts/csp-hashes.mjs, which hashes
// each page's inline scripts and gives every page a policy of 'self' plus its own hashes, with no
// 'unsafe-inline'. The policy below is only what `next dev` (which also needs eval for React's dev
// tools) and a bare `next build` without that step would serve.
const fallbackPolicy = [
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  ...cspDirectives,
].join('; ');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // One page for addresses that match nothing, whichever language's layout they would have had.
  experimental: { globalNotFound: true },
  // `npm run build:static` writes plain files to out/ for any static host: scripts/csp-hashes.mjs
  // --static puts each page's script policy in the page itself and the other headers in out/_headers.
  ...(isStaticExport
    ? { output: 'export' as const, distDir: 'out' }
    : {
        async headers() {
          // securityHeaders include Strict-Transport-Security: browsers ignore it over plain http,
          // so it is harmless on localhost and takes effect behind https.
          return [
            {
              source: '/:path*',
              headers: [{ key: 'Content-Security-Policy', value: fallbackPolicy }, ...securityHeaders],
            },
          ];
        },
      }),
};

// next-intl reads the language each page names; messages are compiled at build time so the browser
// gets no message parser, only the small formatter.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './components/i18n/request.ts',
  experimental: {
    messages: { path: './content/messages', format: 'json', locales: ['en', 'es'], precompile: true },
  },
});

export default withNextIntl(nextConfig);
