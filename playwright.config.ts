import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import chromeFlags from './scripts/chrome-flags.json';

const PORT = Number(process.env.PORT ?? 3100);
const STATIC_PORT = PORT + 100;
// CHROME_PATH wins, then Debian's Chromium; without either, Playwright's own browser is used.
const executablePath =
  process.env.CHROME_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // axe's best-practice rules run on every page check; on a busy 2-core machine one check can take 20 s.
  timeout: 60_000,
  forbidOnly: true,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['list'], ['json']] : [['list']],
  use: {
    trace: 'off',
    // Each test has a fresh browser profile: a service worker there would download the whole guide
    // in the background of every test. tests/e2e/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: chromeFlags.flags,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      // The static export (npm run build:static) behind a plain file server, as a CDN would serve it.
      name: 'static-export',
      testMatch: [
        'routes.spec.ts',
        'csp.spec.ts',
        'guide.spec.ts',
        'guide-privacy.spec.ts',
        'share.spec.ts',
        'resilience.spec.ts',
        'offline.spec.ts',
      ],
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${STATIC_PORT}` },
    },
  ],
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `node scripts/static-server.mjs ${STATIC_PORT} out`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
