// A plain static file server for the exported site in out/, doing only what any static host does:
// files, clean URLs (/page serves page.html, /dir/ serves dir/index.html), 404.html with status 404
// for anything else, and the headers in out/_headers (the plain format Netlify and Cloudflare Pages
// read) on every response. It stands in for a CDN in tests; it runs no application code.
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
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/**
 * Parses _headers in its plain form: `#` comments, a path pattern on its own line (`*` matches any
 * text, `:name` one path segment), then indented `Name: value` lines. Anything else stops the
 * server, so a line only one platform would understand is caught here rather than ignored.
 */
function readHeaderRules() {
  const rules = [];
  for (const [index, line] of fs.readFileSync(path.join(root, '_headers'), 'utf8').split('\n').entries()) {
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    const header = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(text);
    if (!/^\s/.test(line) && text.startsWith('/')) {
      const pattern = text
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) =>
          part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
    } else if (/^\s/.test(line) && header && rules.length) rules.at(-1).headers.push([header[1], header[2]]);
    else throw new Error(`_headers line ${index + 1} is not plain _headers syntax: ${line}`);
  }
  return rules;
}
const rules = readHeaderRules();

/** Every matching rule applies; a header set by more than one is sent once with the values joined, as hosts do. */
function headersFor(url) {
  const headers = new Map();
  for (const rule of rules) {
    if (!rule.pattern.test(url)) continue;
    for (const [key, value] of rule.headers) {
      const earlier = headers.get(key.toLowerCase());
      headers.set(key.toLowerCase(), [key, earlier ? `${earlier[1]}, ${value}` : value]);
    }
  }
  return Object.fromEntries(headers.values());
}

function resolve(url) {
  let clean;
  try {
    clean = path.normalize(decodeURIComponent(url)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    return null; // not a valid percent-encoding: no such file
  }
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
    const file = resolve(url);
    const status = file ? 200 : 404;
    const body = fs.readFileSync(file ?? path.join(root, '404.html'));
    const type = file ? (TYPES[path.extname(file)] ?? 'application/octet-stream') : TYPES['.html'];
    res.writeHead(status, { 'content-type': type, ...headersFor(url) });
    res.end(req.method === 'HEAD' ? undefined : body);
  })
  .listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}`));
