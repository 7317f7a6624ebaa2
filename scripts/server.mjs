// Starts `next start` in its own process group (so stopping it also stops next-server) and waits until it answers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export const CHROME_FLAGS = JSON.parse(
  fs.readFileSync(new URL('./chrome-flags.json', import.meta.url), 'utf8'),
).flags;

export async function startNext(port) {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

export function chromePath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
