/**
 * The installable app in Chromium against the built server: the manifest is linked and valid (its
 * icons load, at the sizes it says), the service worker installs and controls the page, my
 * bookings still open offline, read-only, from what the worker saved (gone after logout), and so
 * does a desk's page once it was seen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminToken, berlinDate, berlinInstant, book, createSpace, registerUser, type Fixture } from './support/api';
import { loginWithToken, launchBrowser, newPage, PHONE, settled } from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
let space: Fixture;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken(base);
  space = await createSpace(base, admin, { name: 'Offline-Büro', town: 'Perleberg', desks: ['Fenstertisch'] });
});

afterAll(async () => {
  await browser?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  lang: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** Resolves once a service worker is active for the page (it registers after the load event). */
const workerReady = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? null;
  });

const savedPaths = (page: Page) =>
  page.evaluate(async () => {
    if (!(await caches.has('popdesk-data'))) return [];
    const keys = await (await caches.open('popdesk-data')).keys();
    return keys.map((r) => new URL(r.url).pathname + new URL(r.url).search).sort();
  });

describe('the installable app', () => {
  it('links a manifest that makes it installable, with icons of the sizes it names', async () => {
    const page = await newPage(browser);
    await page.goto(base);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const themeColor = await page.locator('meta[name="theme-color"]').getAttribute('content');
    await page.context().close();

    const res = await fetch(new URL(href!, base));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await res.json()) as Manifest;
    expect(manifest).toMatchObject({
      name: 'PopDesk',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'de',
      theme_color: themeColor,
    });
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    const found = [];
    for (const icon of pngs) {
      const answer = await fetch(new URL(icon.src, base));
      expect(answer.status, icon.src).toBe(200);
      expect(answer.headers.get('content-type')).toBe('image/png');
      expect(pngSize(Buffer.from(await answer.arrayBuffer())), icon.src).toBe(icon.sizes);
      found.push(`${icon.sizes} ${icon.purpose ?? 'any'}`);
    }
    // what Chromium's installability check asks for: 192 and 512 px, and a maskable one for Android
    expect(found).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    const svg = manifest.icons.find((i) => i.type === 'image/svg+xml');
    expect((await fetch(new URL(svg!.src, base))).status).toBe(200);
  });

  it('serves the service worker uncached, so a new version is seen at once', async () => {
    const res = await fetch(`${base}/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const code = await res.text();
    // the build filled in the precache list and the version, and left no module syntax behind
    expect(code).not.toMatch(/__PRECACHE__|__SW_VERSION__/);
    expect(code).toContain('"/index.html"');
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
  });

  it('keeps my bookings readable offline, read-only, and forgets them on logout', async () => {
    const user = await registerUser(base, 'Offline Olga');
    const day = berlinDate(1);
    const booking = await book(
      base,
      user.token,
      space.desks[0]!.id,
      berlinInstant(day, '09:00'),
      berlinInstant(day, '12:00'),
    );
    const page = await newPage(browser, { viewport: PHONE });
    const context = page.context();
    await loginWithToken(page, base, user.token);
    await page.goto(`${base}/bookings`);
    await settled(page);
    expect(await workerReady(page)).toBe(`${base}/sw.js`);

    // after a reload the worker answers the page's requests
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${base}/sw.js`);
    const card = page.getByRole('article').filter({ hasText: 'Fenstertisch' });
    await card.waitFor();
    await settled(page);
    const saved = await savedPaths(page);
    expect(saved).toContain('/api/bookings');
    // nothing else of the API is kept
    for (const path of saved)
      expect(path).toMatch(
        /^\/api\/(bookings|me|me\/registrations|me\/waitlist|me\/favourites|spaces|desks\/[^/]+\/door)$/,
      );

    // cancelled meanwhile elsewhere: offline the app shows what it saved, not a fresh answer
    const cancel = await fetch(`${base}/api/bookings/${booking.id}/cancel`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${user.token}` },
    });
    expect(cancel.ok).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.locator('#main').getByText('Offline – Sie sehen gespeicherte Daten').waitFor();
    await card.waitFor();
    await page.getByText(/Ohne Verbindung können Sie Ihre Buchungen nur ansehen/).waitFor();
    const cancelButton = card.getByRole('button', { name: 'Stornieren' });
    expect(await cancelButton.isDisabled()).toBe(true);
    expect(await page.getByRole('heading', { level: 1, name: 'Meine Buchungen' }).isVisible()).toBe(true);

    // online again: the fresh answer, and logging out forgets the saved ones
    await context.setOffline(false);
    await page.reload();
    await page.locator('#main').getByText('Offline – Sie sehen gespeicherte Daten').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect.poll(() => savedPaths(page), { timeout: 10_000 }).toEqual([]);
    await context.close();
  });

  it('opens a desk’s page offline once it was seen, from the QR code’s link', async () => {
    const user = await registerUser(base, 'Offline Otto');
    const page = await newPage(browser, { viewport: PHONE });
    const context = page.context();
    await loginWithToken(page, base, user.token);
    const deskUrl = `${base}/tisch/${space.desks[0]!.id}`;
    await page.goto(deskUrl);
    await settled(page);
    await workerReady(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Fenstertisch/ }).waitFor();
    await settled(page);
    expect(await savedPaths(page)).toContain(`/api/desks/${space.desks[0]!.id}/door`);

    await context.setOffline(true);
    await page.goto(deskUrl);
    await page.locator('#main').getByText('Offline – Sie sehen gespeicherte Daten').waitFor();
    await page.getByRole('heading', { level: 1, name: /Fenstertisch/ }).waitFor();
    await context.close();
  });
});
