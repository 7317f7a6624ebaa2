// After `next build` (or a static export), hashes every inline script of every prerendered page and
// writes a Content-Security-Policy for each page without 'unsafe-inline' in script-src:
//   - next start: into .next/routes-manifest.json, which the production server reads its headers from;
//   - static export (out/): into out/_headers, the format Cloudflare Pages and Netlify read.
// Pages stay prerendered: nothing is computed per request.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const { cspDirectives, securityHeaders } = JSON.parse(
  fs.readFileSync(path.join(root, 'scripts', 'security-headers.json'), 'utf8'),
);

// Styles may stay inline (style-src in security-headers.json): React writes style attributes, and no script can hide there.
export function policy(hashes) {
  const scripts = [...new Set(hashes)].sort().join(' ');
  return [`script-src 'self'${scripts ? ` ${scripts}` : ''}`, "connect-src 'self'", ...cspDirectives].join(
    '; ',
  );
}

/** sha256 sources for the inline scripts that run in an HTML page (JSON data blocks do not run). */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g)) {
    const [, attributes = '', body = ''] = match;
    if (/\ssrc=/.test(attributes)) continue;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
    if (type && !/^(text\/javascript|module)$/.test(type)) continue;
    hashes.push(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Route path → policy for every prerendered page, and the policy for everything else (the 404 page's). */
export function policies(appDir, notFoundFile) {
  const pages = new Map();
  for (const file of htmlFiles(appDir)) {
    const rel = path
      .relative(appDir, file)
      .split(path.sep)
      .join('/')
      .replace(/\.html$/, '');
    if (rel.startsWith('_') || rel === '404' || rel === '500') continue;
    const route = rel === 'index' ? '/' : `/${rel}`;
    pages.set(route, policy(inlineScriptHashes(fs.readFileSync(file, 'utf8'))));
  }
  const fallback = policy(inlineScriptHashes(fs.readFileSync(notFoundFile, 'utf8')));
  return { pages, fallback };
}

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patchNextServer() {
  const manifestFile = path.join(root, '.next', 'routes-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const { pages, fallback } = policies(
    path.join(root, '.next', 'server', 'app'),
    path.join(root, '.next', 'server', 'app', '_not-found.html'),
  );
  // Replace the build-time policy (which allows inline scripts) with the strict one, and add one rule per page.
  const general = manifest.headers.filter((rule) => !rule.csp);
  for (const rule of general) {
    for (const header of rule.headers) if (header.key === 'Content-Security-Policy') header.value = fallback;
  }
  const perPage = [...pages].map(([route, value]) => ({
    source: route,
    headers: [{ key: 'Content-Security-Policy', value }],
    regex: `^${escapeRegex(route === '/' ? '' : route)}(?:/)?(?:\\.rsc)?$`,
    csp: true,
  }));
  manifest.headers = [...general, ...perPage];
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  console.log(
    `CSP: hashed inline scripts of ${pages.size} prerendered pages into .next/routes-manifest.json`,
  );
}

function writeStaticHeaders() {
  const out = path.join(root, 'out');
  const { pages, fallback } = policies(out, path.join(out, '404.html'));
  const common = securityHeaders.map(({ key, value }) => `  ${key}: ${value}`).join('\n');
  const lines = [`/*\n${common}\n  Content-Security-Policy: ${fallback}`];
  for (const [route, value] of pages)
    lines.push(`${route}\n  ! Content-Security-Policy\n  Content-Security-Policy: ${value}`);
  fs.writeFileSync(path.join(out, '_headers'), `${lines.join('\n\n')}\n`);
  console.log(`CSP: wrote out/_headers for ${pages.size} pages`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--static')) writeStaticHeaders();
  else patchNextServer();
}
