/**
 * Renders the app icons of the web app manifest from the logo in web/public/favicon.svg, with the
 * Chromium the end-to-end tests use (playwright-core, /usr/bin/chromium): nothing is downloaded.
 *
 *   node scripts/make-icons.mjs
 *
 * Writes web/public/icons/icon-192.png and icon-512.png (purpose "any": the logo as it is, its
 * rounded corners transparent) and icon-maskable-512.png (purpose "maskable": the background fills
 * the square and the glyph stays inside the central safe zone, a circle of 80 % of the width, so a
 * launcher may cut any shape out of it). The PNGs are committed; run this again after the logo changes.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'web/public/icons');
const logo = readFileSync(join(root, 'web/public/favicon.svg'), 'utf8');

const viewBox = /viewBox="([^"]+)"/.exec(logo)?.[1] ?? '0 0 32 32';
const [, , width] = viewBox.split(/\s+/).map(Number);
// the first shape is the rounded background square; the rest is the glyph (desk and person)
const background = /<rect\b[^>]*\/>/.exec(logo)?.[0] ?? '';
const fill = /fill="([^"]+)"/.exec(background)?.[1] ?? '#0b6158';
const glyph = logo
  .replace(/^[\s\S]*?<svg\b[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(background, '');

/** The glyph at 70 % of the side, centred: its corners stay within the 80 % safe circle. */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">
  <rect width="${width}" height="${width}" fill="${fill}"/>
  <g transform="translate(${width / 2} ${width / 2}) scale(0.7) translate(${-width / 2} ${-width / 2})">${glyph}</g>
</svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: logo },
  { file: 'icon-512.png', size: 512, svg: logo },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/<svg\b/, `<svg width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: join(out, file), omitBackground: true });
    console.log(`web/public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
