// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServiceWorker, pageRoute, staticEntries } from '../../scripts/build-sw.mjs';
import { webManifest } from '@/lib/offline/manifest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder shaped like the static export, with the files given (path → text). */
function exportOf(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sog-export-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('what the service worker keeps', () => {
  it('names pages by the address people use, and leaves out the pages only Next uses', () => {
    expect(pageRoute('index.html')).toBe('/');
    expect(pageRoute('es.html')).toBe('/es');
    expect(pageRoute('learn/glossary.html')).toBe('/learn/glossary');
    expect(pageRoute('es/guide/result.html')).toBe('/es/guide/result');
    expect(pageRoute('_not-found.html')).toBeNull();
    expect(pageRoute('404.html')).toBeNull();
  });

  it('keeps every page and asset of the export, but not page data, host config or itself', () => {
    const out = exportOf({
      'index.html': '<p>home</p>',
      'guide.html': '<p>guide</p>',
      'es/guide.html': '<p>guía</p>',
      'guide.txt': 'rsc',
      'guide/__next._tree.txt': 'rsc',
      _headers: '/*',
      'sw.js': 'old worker',
      '404.html': 'missing',
      '_next/static/chunks/abc123.js': 'code',
      'icons/icon-192.png': 'png',
      'manifest.webmanifest': '{}',
    });
    const entries = staticEntries(out);
    expect(entries.map((entry) => entry.url).sort()).toEqual(
      [
        '/',
        '/_next/static/chunks/abc123.js',
        '/es/guide',
        '/guide',
        '/icons/icon-192.png',
        '/manifest.webmanifest',
      ].sort(),
    );
    // Hashed build files need no revision; everything else changes its revision when its bytes change.
    expect(entries.find((entry) => entry.url.startsWith('/_next/'))?.revision).toBeNull();
    const before = entries.find((entry) => entry.url === '/guide')?.revision;
    fs.writeFileSync(path.join(out, 'guide.html'), '<p>guide, reworded</p>');
    const after = staticEntries(out).find((entry) => entry.url === '/guide')?.revision;
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(after).not.toBe(before);
    expect(staticEntries(out).find((entry) => entry.url === '/')?.revision).toBe(
      entries.find((entry) => entry.url === '/')?.revision,
    );
  });

  it('bundles the list into a worker without the analytics code Serwist could start', async () => {
    const out = exportOf({ 'index.html': '<p>home</p>' });
    const file = path.join(out, 'sw.js');
    const { bytes, gzip } = await buildServiceWorker(staticEntries(out), file);
    const code = fs.readFileSync(file, 'utf8');
    expect(bytes).toBe(Buffer.byteLength(code));
    expect(gzip).toBeLessThan(bytes);
    expect(code).toContain('{url:"/",revision:"');
    // (A console warning links to a help page; nothing is fetched from another host.)
    expect(code).not.toMatch(/google-analytics\.com|googletagmanager\.com/);
  });
});

describe('the web app manifest', () => {
  const words = { name: 'Guide', shortName: 'G', description: 'd' };
  it('opens each language at its own home page, within one scope', () => {
    expect(webManifest('en', words)).toMatchObject({ start_url: '/', id: '/', scope: '/', lang: 'en-US' });
    expect(webManifest('es', words)).toMatchObject({
      start_url: '/es',
      id: '/es',
      scope: '/',
      lang: 'es-US',
    });
  });
  it('has the icons an installable app needs, one of them maskable', () => {
    const icons = webManifest('en', words).icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) expect(fs.existsSync(path.join('public', icon.src))).toBe(true);
  });
});
