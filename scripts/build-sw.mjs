// After a build (and after scripts/csp-hashes.mjs, which changes the pages), lists every prerendered
// page and asset of the build and bundles lib/offline/sw.ts with that list into sw.js:
//   - next start:     pages from .next/server/app, assets from .next/static and public/ → public/sw.js
//   - static export:  every file in out/ but page data (.txt) and host config            → out/sw.js
// Pages get a revision (a hash of their HTML), so a new build re-downloads only what changed;
// files under /_next/static/ have the hash in their name already.
// Usage: node scripts/build-sw.mjs [--static]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function files(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

const posix = (from, file) => path.relative(from, file).split(path.sep).join('/');
const revision = (file) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);

/** `about.html` → `/about`, `index.html` → `/`, `es.html` → `/es`; pages only Next uses are left out. */
export function pageRoute(relative) {
  const name = relative.replace(/\.html$/, '');
  if (name === 'index') return '/';
  if (name.startsWith('_') || name === '404' || name === '500') return null;
  return `/${name}`;
}

/** What the service worker keeps: pages of the build under `next start`. */
export function serverEntries(dir) {
  const app = path.join(dir, '.next', 'server', 'app');
  const pages = files(app)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const url = pageRoute(posix(app, file));
      return url ? [{ url, revision: revision(file) }] : [];
    });
  const assets = files(path.join(dir, '.next', 'static')).map((file) => ({
    url: `/_next/static/${posix(path.join(dir, '.next', 'static'), file)}`,
    revision: null,
  }));
  const publicFiles = files(path.join(dir, 'public'))
    .filter((file) => !file.endsWith('sw.js'))
    .map((file) => ({ url: `/${posix(path.join(dir, 'public'), file)}`, revision: revision(file) }));
  // Served by route handlers and metadata files, so listed by name.
  const named = [
    { url: '/icon.svg', file: 'app/icon.svg' },
    { url: '/favicon.ico', file: 'app/favicon.ico' },
  ].map(({ url, file }) => ({ url, revision: revision(path.join(dir, file)) }));
  const manifests = ['/manifest.webmanifest', '/es/manifest.webmanifest'].map((url) => ({
    url,
    revision: revision(
      path.join(dir, 'content', 'messages', url.startsWith('/es') ? 'es' : 'en', 'offline.json'),
    ),
  }));
  return [...pages, ...assets, ...publicFiles, ...named, ...manifests];
}

/** What the service worker keeps: every file of the static export but page data and host config. */
export function staticEntries(out) {
  return files(out).flatMap((file) => {
    const relative = posix(out, file);
    if (relative.endsWith('.txt') || relative === '_headers' || relative === 'sw.js') return [];
    if (relative.endsWith('.html')) {
      const url = pageRoute(relative);
      return url ? [{ url, revision: revision(file) }] : [];
    }
    if (relative.startsWith('_next/static/')) return [{ url: `/${relative}`, revision: null }];
    return [{ url: `/${relative}`, revision: revision(file) }];
  });
}

// Serwist's constructor can start Google Analytics' offline queue when asked to. We never ask, but the
// code and the analytics hosts' names would still ship in sw.js; cutting that branch lets the bundler
// drop them, so the file holds no other host's name. Fails loudly if a Serwist update moves the code.
const ANALYTICS_BRANCH = 'if (offlineAnalyticsConfig !== void 0)';
const withoutAnalytics = {
  name: 'without-analytics',
  setup(builder) {
    builder.onLoad({ filter: /serwist[\\/]dist[\\/]index\.mjs$/ }, async ({ path: file }) => {
      const code = await fs.promises.readFile(file, 'utf8');
      if (!code.includes(ANALYTICS_BRANCH))
        throw new Error(`build-sw: "${ANALYTICS_BRANCH}" not found in ${file}`);
      return { contents: code.replace(ANALYTICS_BRANCH, 'if (false)'), loader: 'js' };
    });
  },
};

export async function buildServiceWorker(entries, outfile) {
  await build({
    plugins: [withoutAnalytics],
    entryPoints: [path.join(root, 'lib', 'offline', 'sw.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: { __PRECACHE__: JSON.stringify(entries), 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = fs.readFileSync(outfile);
  return { bytes: code.length, gzip: zlib.gzipSync(code).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const isStatic = process.argv.includes('--static');
  const entries = isStatic ? staticEntries(path.join(root, 'out')) : serverEntries(root);
  const outfile = path.join(root, isStatic ? 'out' : 'public', 'sw.js');
  const { bytes, gzip } = await buildServiceWorker(entries, outfile);
  const pages = entries.filter((entry) => !/\.\w+$/.test(entry.url)).length;
  console.log(
    `Service worker: ${path.relative(root, outfile)} keeps ${entries.length} files (${pages} pages) for offline use; ` +
      `its own code is ${(bytes / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzip)`,
  );
}
