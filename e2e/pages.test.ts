/**
 * Every page, on a phone (360 px) and a desktop: 0 serious or critical axe-core violations,
 * a skip link first in the tab order, and a full-page screenshot under artifacts/screenshots.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminToken, berlinDate, berlinInstant, book, createSpace, registerUser, type Fixture } from './support/api';
import {
  DESKTOP,
  PHONE,
  describeViolations,
  launchBrowser,
  loginWithToken,
  newPage,
  screenshot,
  seriousViolations,
  settled,
} from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
let hub: Fixture;
let user: Awaited<ReturnType<typeof registerUser>>;
const tomorrow = berlinDate(1);

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken(base);
  hub = await createSpace(base, admin, {
    name: 'Digitales Dorfbüro',
    town: 'Neuruppin',
    address: 'Schulplatz 3',
    description: 'Helle Arbeitsplätze im alten Schulhaus, mit Kaffee und schnellem Internet.',
    desks: ['Tisch 1', 'Tisch 2', 'Tisch 3', 'Tisch 4'],
  });
  await createSpace(base, admin, {
    name: 'Sommerbüro am See',
    town: 'Rheinsberg',
    desks: ['Steg', 'Veranda'],
    opensOn: berlinDate(-10),
    closesOn: berlinDate(60),
    opens: '09:00',
    closes: '17:00',
  });
  await createSpace(base, admin, {
    name: 'Bibliothek Coworking',
    town: 'Neuruppin',
    desks: ['Lesesaal'],
    opens: '10:00',
    closes: '16:00',
    days: [2, 3, 4],
  });

  const other = await registerUser(base, 'Max Andere');
  const other2 = await registerUser(base, 'Mia Andere');
  const [d1, d2, d3] = hub.desks;
  await book(base, other.token, d1!.id, berlinInstant(tomorrow, '09:00'), berlinInstant(tomorrow, '12:00'));
  await book(base, other2.token, d2!.id, berlinInstant(tomorrow, '08:00'), berlinInstant(tomorrow, '18:00'));
  await book(base, other.token, d3!.id, berlinInstant(tomorrow, '13:00'), berlinInstant(tomorrow, '15:30'));

  user = await registerUser(base, 'Erika Muster');
  await book(base, user.token, d1!.id, berlinInstant(tomorrow, '13:00'), berlinInstant(tomorrow, '17:00'));
  const later = berlinDate(3);
  await book(base, user.token, hub.desks[3]!.id, berlinInstant(later, '08:00'), berlinInstant(later, '12:00'));
});
afterAll(async () => {
  await browser?.close();
});

interface PageCase {
  name: string;
  path: () => string;
  loggedIn?: boolean;
  heading: RegExp | string;
}

const pages: PageCase[] = [
  { name: 'spaces', path: () => '/', heading: 'Arbeitsplatz finden' },
  { name: 'space-day', path: () => `/spaces/${hub.space.id}?date=${tomorrow}`, heading: 'Digitales Dorfbüro' },
  { name: 'login', path: () => '/login', heading: 'Anmelden' },
  { name: 'register', path: () => '/register', heading: 'Konto erstellen' },
  { name: 'accessibility', path: () => '/barrierefreiheit', heading: 'Erklärung zur Barrierefreiheit' },
  { name: 'not-found', path: () => '/gibt-es-nicht', heading: 'Seite nicht gefunden' },
  {
    name: 'space-day-logged-in',
    path: () => `/spaces/${hub.space.id}?date=${tomorrow}`,
    heading: 'Digitales Dorfbüro',
    loggedIn: true,
  },
  { name: 'my-bookings', path: () => '/bookings', heading: 'Meine Buchungen', loggedIn: true },
  { name: 'profile', path: () => '/profile', heading: 'Mein Profil', loggedIn: true },
];

async function open(page: Page, c: PageCase) {
  if (c.loggedIn) await loginWithToken(page, base, user.token);
  await page.goto(`${base}${c.path()}`);
  await page.getByRole('heading', { level: 1, name: c.heading }).waitFor();
  await settled(page);
}

describe('every page, on a desktop and on a 360 px phone', () => {
  it.each(pages)('$name has no serious accessibility violations and fits the screen', async (c) => {
    const page = await newPage(browser, { viewport: DESKTOP });
    await open(page, c);
    for (const [device, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      const violations = await seriousViolations(page);
      await screenshot(page, `${c.name}-${device}`);
      expect(violations, `${device}:\n${describeViolations(violations)}`).toEqual([]);
      // nothing wider than the screen
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${device}: page wider than the screen`).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});

describe('interaction states', () => {
  it('a space page names its code for preloading, and the browser fetches each named file', async () => {
    const page = await newPage(browser);
    const answer = await page.goto(`${base}/spaces/${hub.space.id}`);
    const html = await answer!.text();
    const named = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!);
    // the route's own chunk is among them, next to what index.html preloads for every page
    expect(named.some((href) => /^\/assets\/space-[\w-]+\.js$/.test(href))).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Digitales Dorfbüro' }).waitFor();
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(named.filter((href) => !fetched.includes(href))).toEqual([]);
    await page.context().close();
  });

  it('the skip link comes first and moves focus to the content', async () => {
    const page = await newPage(browser);
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await screenshot(page, 'skip-link-desktop');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('the loading shimmer moves for those who want motion and stands still for those who do not', async () => {
    const iterations = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await newPage(browser, { reducedMotion });
      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const result = await page.evaluate(() => {
        const bone = document.createElement('span');
        bone.className = 'skeleton';
        document.querySelector('main')!.append(bone);
        return bone.getAnimations().map((a) => a.effect!.getComputedTiming().iterations);
      });
      await page.context().close();
      return result;
    };
    expect(await iterations('no-preference')).toEqual([Infinity]);
    expect(await iterations('reduce')).toEqual([1]);
  });

  it('a chosen time, the booking confirmation and the cancel dialog pass axe too', async () => {
    const page = await newPage(browser, { viewport: DESKTOP });
    const fresh = await registerUser(base, 'Paul Probe');
    await loginWithToken(page, base, fresh.token);
    await page.goto(`${base}/spaces/${hub.space.id}?date=${tomorrow}`);
    await page
      .getByRole('button', { name: /Tisch 4: frei von/ })
      .first()
      .click();
    await page.getByRole('button', { name: /Nachmittag/ }).click();
    await settled(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await screenshot(page, 'space-day-selected-desktop');

    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await page.getByRole('heading', { name: 'Gebucht!' }).waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await screenshot(page, 'booking-confirmed-desktop');

    await page.goto(`${base}/bookings`);
    await page.getByRole('button', { name: 'Stornieren' }).first().click();
    await page.getByRole('dialog').waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await screenshot(page, 'cancel-dialog-desktop');
    await page.context().close();
  });

  it('English pages pass axe as well', async () => {
    const page = await newPage(browser, { viewport: PHONE, locale: 'en-GB' });
    await page.goto(`${base}/`);
    await page.evaluate(() => localStorage.setItem('popdesk.locale', 'en'));
    await page.goto(`${base}/spaces/${hub.space.id}?date=${tomorrow}`);
    await page.getByRole('heading', { name: 'Desks and free times' }).waitFor();
    await settled(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await screenshot(page, 'space-day-en-phone');
    await page.context().close();
  });
});
