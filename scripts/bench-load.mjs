// Requests per second on loopback: `next start` beside a bare static file server handing out the same
// prerendered HTML, in the same run. Prints req/s, p99 latency, errors and the ratio.
// Usage: npm run bench:load [-- --no-build]
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { startNext } from './server.mjs';

const ROUTES = ['/', '/guide', '/learn/what-is-a-second-opinion'];
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const appDir = path.join(process.cwd(), '.next', 'server', 'app');
const fileFor = (route) => path.join(appDir, `${route === '/' ? 'index' : route.slice(1)}.html`);

// The floor: read the file from disk and send it, nothing else.
const bare = http.createServer((req, res) => {
  fs.readFile(fileFor(new URL(req.url, 'http://x').pathname), (error, body) => {
    if (error) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
});
await new Promise((resolve) => bare.listen(3401, '127.0.0.1', resolve));
const next = await startNext(3400);

const run = (url) =>
  new Promise((resolve, reject) =>
    autocannon({ url, connections: CONNECTIONS, duration: DURATION }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );

try {
  const rows = [];
  for (const route of ROUTES) {
    const a = await run(`${next.url}${route}`);
    const b = await run(`http://127.0.0.1:3401${route}`);
    rows.push({ route, next: a, bare: b });
  }
  console.log(`\nautocannon, ${CONNECTIONS} connections, ${DURATION} s per server and route, loopback\n`);
  console.log(
    'route                              next req/s  p99 ms  errors | bare req/s  p99 ms  errors | next/bare',
  );
  for (const { route, next: a, bare: b } of rows) {
    const errs = (r) => r.errors + r.timeouts + r.non2xx;
    console.log(
      `${route.padEnd(34)} ${a.requests.average.toFixed(0).padStart(10)}  ${String(a.latency.p99).padStart(6)}  ${String(errs(a)).padStart(6)} | ${b.requests.average.toFixed(0).padStart(10)}  ${String(b.latency.p99).padStart(6)}  ${String(errs(b)).padStart(6)} | ${(a.requests.average / b.requests.average).toFixed(2).padStart(9)}`,
    );
  }
} finally {
  next.stop();
  bare.close();
}
