// A plain static file server for the exported site in out/: files, clean URLs, the 404 page, and
// the headers listed in out/_headers (the same file a static host such as Cloudflare Pages or
// Netlify reads). It stands in for a CDN in tests; it runs no application code.
// Usage: node scripts/static-server.mjs [port] [folder]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const port = Number(process.argv[2] ?? 3000);
const root = path.resolve(process.argv[3] ?? 'out');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Parses _headers: a path line, then indented `Key: value` lines, or `! Key` to drop an earlier one. */
function readHeaderRules() {
  const rules = [];
  let current = null;
  for (const line of fs.readFileSync(path.join(root, '_headers'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), set: [], drop: [] };
      rules.push(current);
    } else if (line.trim().startsWith('!')) current?.drop.push(line.trim().slice(1).trim().toLowerCase());
    else {
      const at = line.indexOf(':');
      current?.set.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const rules = readHeaderRules();
const matches = (pattern, url) =>
  pattern.endsWith('/*') ? url.startsWith(pattern.slice(0, -1)) : pattern === url;

function headersFor(url) {
  const headers = new Map();
  for (const rule of rules) {
    if (!matches(rule.pattern, url)) continue;
    for (const key of rule.drop) headers.delete(key);
    for (const [key, value] of rule.set) headers.set(key.toLowerCase(), [key, value]);
  }
  return Object.fromEntries([...headers.values()]);
}

function resolve(url) {
  const clean = path.normalize(decodeURIComponent(url)).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.endsWith('/')
    ? [`${clean}index.html`]
    : [clean, `${clean}.html`, `${clean}/index.html`];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = resolve(url === '/' ? '/index.html' : url);
    const status = file ? 200 : 404;
    const body = fs.readFileSync(file ?? path.join(root, '404.html'));
    const type = file ? (TYPES[path.extname(file)] ?? 'application/octet-stream') : TYPES['.html'];
    res.writeHead(status, { 'content-type': type, ...headersFor(url) });
    res.end(req.method === 'HEAD' ? undefined : body);
  })
  .listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}`));
