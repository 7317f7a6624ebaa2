// Draws the installable app's icons in public/icons from the same shapes as app/icon.svg, in
// Chromium, so they match the favicon. Run by hand when the mark changes: node scripts/make-icons.mjs
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, chromePath } from './server.mjs';

const BRAND = '#005eb8';
// The speech-bubble mark of app/icon.svg, on a 32-unit grid.
const MARK =
  '<path d="M9 10h9a5 5 0 0 1 0 10h-3l-5 4v-4H9z" fill="#fff"/><path d="M14 13h5M14 17h3" stroke="#005eb8" stroke-width="2" stroke-linecap="round"/>';

/** A rounded square like the favicon ("any"), or a full-bleed square with the mark inside the safe zone ("maskable"). */
function svg(size, purpose) {
  if (purpose === 'any')
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BRAND}"/>${MARK}</svg>`;
  // Launchers may cut a maskable icon to a circle 80% wide: the mark stays well inside it.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><g transform="translate(16 17) scale(0.9) translate(-16 -17)">${MARK}</g></svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable' },
];

const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
const page = await browser.newPage();
for (const { file, size, purpose } of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg(size, purpose)}</body></html>`,
  );
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  fs.writeFileSync(new URL(`../public/icons/${file}`, import.meta.url), png);
  console.log(`public/icons/${file}: ${size}×${size}, ${png.length} bytes`);
}
await browser.close();
