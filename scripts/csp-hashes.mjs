// After `next build` (or a static export), hashes every inline script of every prerendered page and
// gives each page a Content-Security-Policy without 'unsafe-inline' in script-src:
//   - next start: one header rule per page in .next/routes-manifest.json, which the production
//     server reads its headers from;
//   - static export (out/): a <meta http-equiv="Content-Security-Policy"> at the top of each page's
//     <head>, so the policy travels with the file under every name a host serves it (/page,
//     /page.html, /, /index.html, the 404 page), plus out/_headers with ONE rule for every path: the
//     headers a meta tag cannot carry (frame-ancestors, HSTS, nosniff...). The host config stays the
//     same size however many pages there are.
// Pages stay prerendered: nothing is computed per request.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const { cspDirectives, securityHeaders } = JSON.parse(
  fs.readFileSync(path.join(root, 'scripts', 'security-headers.json'), 'utf8'),
);

const directiveName = (directive) => directive.split(' ')[0];
// Browsers ignore these in a <meta> policy (and log an error for each), so only a header can send them.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);
// Inline scripts are checked against script-src, or default-src without it. The header policy must
// leave both to the page's meta policy: it cannot know the page's hashes, and every policy in force
// must allow a script for it to run.
const SCRIPT_GATES = new Set(['script-src', 'default-src']);

// Styles may stay inline (style-src in security-headers.json): React writes style attributes, and no script can hide there.
/** The whole policy of one page: script-src 'self' plus the hashes of that page's inline scripts. */
export function policy(hashes) {
  const scripts = [...new Set(hashes)].sort().join(' ');
  return [`script-src 'self'${scripts ? ` ${scripts}` : ''}`, "connect-src 'self'", ...cspDirectives].join(
    '; ',
  );
}

/** A page's policy less what a <meta> element cannot carry. */
export function metaPolicy(hashes) {
  return policy(hashes)
    .split('; ')
    .filter((directive) => !HEADER_ONLY.has(directiveName(directive)))
    .join('; ');
}

/** The policy every path gets from the host: the same for all pages, and silent on scripts. */
export function headerPolicy() {
  return ["connect-src 'self'", ...cspDirectives]
    .filter((directive) => !SCRIPT_GATES.has(directiveName(directive)))
    .join('; ');
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

const META_POLICY = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/gi;
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Puts the page's policy at the top of <head>, before anything that loads or runs (a meta policy
 * covers only what comes after it). Only the charset declaration stays ahead of it, as browsers look
 * for that in the first 1024 bytes. Running twice replaces the earlier tag.
 */
export function withMetaPolicy(html, value) {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(value)}"/>`;
  const page = html.replace(META_POLICY, '');
  const head = /<head(?:\s[^>]*)?>/i.exec(page);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  let at = head.index + head[0].length;
  const charset = /^\s*<meta charset="[^"]*"\/?>/i.exec(page.slice(at));
  if (charset) at += charset[0].length;
  return `${page.slice(0, at)}${tag}${page.slice(at)}`;
}

/** out/_headers: one rule for every path, in the plain format Netlify and Cloudflare Pages read. */
export function headersFile() {
  const headers = [{ key: 'Content-Security-Policy', value: headerPolicy() }, ...securityHeaders];
  return [
    '# Written by scripts/csp-hashes.mjs --static. Each page carries its script policy in a <meta> tag;',
    '# these are the headers a meta tag cannot carry. Send them for every path, 404 responses included.',
    '/*',
    ...headers.map(({ key, value }) => `  ${key}: ${value}`),
    '',
  ].join('\n');
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

/** Gives every HTML file in `out` (the 404 page too) its meta policy, and writes `out/_headers`. */
export function writeStaticExport(out) {
  const files = htmlFiles(out);
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, withMetaPolicy(html, metaPolicy(inlineScriptHashes(html))));
  }
  fs.writeFileSync(path.join(out, '_headers'), headersFile());
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--static')) {
    const count = writeStaticExport(path.join(root, 'out'));
    console.log(`CSP: wrote a meta policy into ${count} HTML files and one rule for /* into out/_headers`);
  } else patchNextServer();
}
