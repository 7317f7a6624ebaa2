// Prints, for each prerendered route, the gzip size of the scripts its HTML loads, beside the
// framework's floor (the smallest route). Builds first unless --no-build is given.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = process.cwd();
if (!process.argv.includes('--no-build')) {
  execSync('npm run build', { stdio: 'inherit' });
}
const appDir = path.join(root, '.next', 'server', 'app');
const gzip = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const cache = new Map();
function scriptSize(src) {
  if (!cache.has(src)) {
    const file = path.join(root, '.next', decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0]));
    cache.set(src, gzip(fs.readFileSync(file)));
  }
  return cache.get(src);
}

const rows = htmlFiles(appDir)
  .map((file) => {
    const html = fs.readFileSync(file, 'utf8');
    const rel = path.relative(appDir, file).replace(/\.html$/, '');
    const route = rel === 'index' ? '/' : `/${rel}`;
    const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]))];
    const external = srcs.reduce((sum, src) => sum + scriptSize(src), 0);
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join('');
    return { route, files: srcs.length, external, inline: gzip(Buffer.from(inline)) };
  })
  .filter((row) => !row.route.startsWith('/_'))
  .sort((a, b) => a.route.localeCompare(b.route));

const floor = Math.min(...rows.map((row) => row.external));
const width = Math.max(...rows.map((row) => row.route.length), 5);
console.log(`\nScript bytes per prerendered route (gzip -9). Framework floor: ${kib(floor)} KiB\n`);
console.log(`${'route'.padEnd(width)}  files  scripts KiB  over floor KiB  inline KiB`);
for (const row of rows) {
  console.log(
    `${row.route.padEnd(width)}  ${String(row.files).padStart(5)}  ${kib(row.external).padStart(11)}  ${kib(row.external - floor).padStart(14)}  ${kib(row.inline).padStart(10)}`,
  );
}

// One line per language: the content pages must sit at the floor, the interactive ones within 40 KiB.
const BUDGET_KIB = 40;
const language = (route) => (route === '/es' || route.startsWith('/es/') ? 'es' : 'en');
console.log(`\nBy language (interactive budget: ${BUDGET_KIB} KiB over the floor)\n`);
for (const locale of ['en', 'es']) {
  const mine = rows.filter((row) => language(row.route) === locale);
  const atFloor = mine.filter((row) => kib(row.external - floor) === '0.0').length;
  const worst = mine.reduce((a, b) => (b.external > a.external ? b : a));
  const over = mine.filter((row) => (row.external - floor) / 1024 > BUDGET_KIB).map((row) => row.route);
  console.log(
    `${locale}: ${mine.length} routes, ${atFloor} at the floor (+0 KiB); largest ${worst.route} +${kib(worst.external - floor)} KiB; over budget: ${over.length ? over.join(', ') : 'none'}`,
  );
}

// The service worker is not a page's script: it loads once, apart from the page, and then keeps the
// whole guide on the device. Reported on its own, with what it downloads on a first visit.
const worker = path.join(root, 'public', 'sw.js');
if (fs.existsSync(worker)) {
  const code = fs.readFileSync(worker, 'utf8');
  const urls = [...code.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]);
  const kept = urls.reduce((sum, url) => {
    const file = url.startsWith('/_next/static/')
      ? path.join(root, '.next', url.replace(/^\/_next\//, ''))
      : path.join(appDir, `${url === '/' ? 'index' : url.slice(1)}.html`);
    return fs.existsSync(file) ? sum + gzip(fs.readFileSync(file)) : sum;
  }, 0);
  console.log(
    `\nService worker (public/sw.js): ${kib(gzip(Buffer.from(code)))} KiB gzip, listing ${urls.length} files; ` +
      `a first visit keeps about ${(kept / 1024 / 1024).toFixed(1)} MiB (gzip) of pages and scripts for offline use`,
  );
}
