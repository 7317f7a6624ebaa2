// Lighthouse (mobile preset) on the production build: four category scores and LCP, TBT, CLS per
// route, best of two runs. Prints figures; it is a benchmark, not a test.
// Usage: npm run bench:lighthouse [-- --no-build]
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromePath, startNext } from './server.mjs';

const ROUTES = [
  '/',
  '/guide',
  // A question view: the same page as /guide, opened on a question by its fragment.
  '/guide#self/serious-diagnosis',
  '/guide/result',
  '/prepare',
  '/compare',
  '/learn/what-is-a-second-opinion',
];
const RUNS = 2;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const server = await startNext(3300);
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: ['--headless=new', ...CHROME_FLAGS],
});

try {
  // The result page shows a result only when answers are saved on the device, so save some first.
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await browser.contexts()[0].newPage();
  await page.goto(`${server.url}/guide`);
  await page.evaluate(() =>
    localStorage.setItem(
      'sog.guide',
      JSON.stringify({
        state: {
          perspective: 'self',
          answers: { 'emergency-symptoms': 'no', 'serious-diagnosis': 'yes', 'surgery-recommended': 'yes' },
          sure: {},
        },
        version: 1,
      }),
    ),
  );
  await page.close();

  const rows = [];
  for (const route of ROUTES) {
    let best = null;
    for (let run = 0; run < RUNS; run += 1) {
      process.stderr.write(`${route} run ${run + 1}\n`);
      const { lhr } = await lighthouse(`${server.url}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        disableStorageReset: true,
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const result = {
        route,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      };
      if (!best || result.performance > best.performance) best = result;
    }
    rows.push(best);
    process.stderr.write(`${JSON.stringify(best)}\n`);
  }
  await browser.close().catch(() => {});

  console.log(`\nLighthouse ${lighthouse.version ?? ''} mobile preset, best of ${RUNS} runs per route\n`);
  console.log('route                              perf  a11y  best  seo   LCP ms  TBT ms    CLS');
  for (const r of rows) {
    console.log(
      `${r.route.padEnd(34)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${String(r.seo).padStart(3)}  ${Math.round(r.lcp).toString().padStart(7)}  ${Math.round(r.tbt).toString().padStart(6)}  ${r.cls.toFixed(3).padStart(5)}`,
    );
  }
  const misses = rows.filter(
    (r) => r.performance < 95 || r.accessibility < 100 || r.bestPractices < 100 || r.seo < 100,
  );
  console.log(
    misses.length === 0
      ? '\nEvery route meets the targets (performance 95+, others 100).'
      : `\nBelow target: ${misses.map((r) => r.route).join(', ')}`,
  );
} finally {
  await chrome.kill();
  server.stop();
}
