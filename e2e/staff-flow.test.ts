/**
 * What staff and admins do, end to end in Chromium against the built server: opening hours that
 * show in the day view, the front desk, the monthly report with its charts (from bookings recorded
 * in the past), and every new page on a desktop and a 360 px phone with axe-core and a screenshot.
 */
import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  adminToken,
  berlinDate,
  berlinInstant,
  book,
  bookFor,
  checkIn,
  createSpace,
  registerUser,
  setRole,
  type Fixture,
} from './support/api';
import { DESKTOP, launchBrowser, loginWithToken, newPage, scanBothSizes, settled } from './support/browser';
import { TZ } from './support/constants';

const base = inject('baseUrl');
let browser: Browser;
let admin: string;
let staff: Awaited<ReturnType<typeof registerUser>>;
let hub: Fixture;
let popup: Fixture;

/** The previous month (complete) in Berlin, and its days as YYYY-MM-DD. */
const now = new TZDate(Date.now(), TZ);
const previous = new TZDate(now.getFullYear(), now.getMonth() - 1, 1, 12, 0, TZ);
const month = format(previous, 'yyyy-MM');
const monthName = format(previous, 'LLLL yyyy', { locale: de });
const dayOf = (d: number) => `${month}-${String(d).padStart(2, '0')}`;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await adminToken(base);
  hub = await createSpace(base, admin, {
    name: 'Rathaus-Coworking',
    town: 'Wittenberge',
    address: 'Bahnstraße 2',
    desks: ['Platz A', 'Platz B', 'Platz C'],
    // open round the clock, so that a walk-in recorded "now" runs now whenever the test runs
    opens: '00:00',
    closes: '24:00',
  });
  popup = await createSpace(base, admin, {
    name: 'Sommerbüro Elbe',
    town: 'Perleberg',
    desks: ['Steg', 'Veranda'],
    opens: '09:00',
    closes: '17:00',
  });
  staff = await registerUser(base, 'Stefanie Staff');
  await setRole(base, admin, staff.user.id, 'staff', [hub.space.id, popup.space.id]);

  // last month in the hub: three commuters twice each (one of them came), and two walk-in guests
  const people = await Promise.all(['Pia Pendel', 'Paul Pendel', 'Petra Pendel'].map((n) => registerUser(base, n)));
  const [a, b, c] = hub.desks;
  for (const [i, p] of people.entries()) {
    for (const d of [3, 4]) {
      const booking = await bookFor(base, admin, {
        deskId: [a, b, c][i]!.id,
        start: berlinInstant(dayOf(d), '09:00'),
        end: berlinInstant(dayOf(d), '12:00'),
        userId: p.user.id,
      });
      if (i === 0 && d === 3) await checkIn(base, admin, booking.id);
    }
  }
  await bookFor(base, staff.token, {
    deskId: a!.id,
    start: berlinInstant(dayOf(5), '13:00'),
    end: berlinInstant(dayOf(5), '17:00'),
    guestName: 'Gast Eins',
  });
  await bookFor(base, staff.token, {
    deskId: b!.id,
    start: berlinInstant(dayOf(5), '13:00'),
    end: berlinInstant(dayOf(5), '17:00'),
    guestName: 'Gast Zwei',
  });
  // a commuter's own booking for tomorrow queues its confirmation for the outbox page (bookings
  // recorded in the past by staff queue none)
  await book(
    base,
    people[0]!.token,
    c!.id,
    berlinInstant(berlinDate(1), '09:00'),
    berlinInstant(berlinDate(1), '12:00'),
  );
  // and today someone is expected
  const today = berlinDate(0);
  await bookFor(base, admin, {
    deskId: c!.id,
    start: berlinInstant(today, '08:00'),
    end: berlinInstant(today, '18:00'),
    guestName: 'Heute Gast',
  });
});
afterAll(async () => {
  await browser?.close();
});

async function asStaff(viewport = DESKTOP) {
  const page = await newPage(browser, { viewport });
  await loginWithToken(page, base, staff.token);
  return page;
}

describe('staff', () => {
  it('edit the opening hours, and the day view shows them', async () => {
    const page = await asStaff();
    const tomorrow = berlinDate(1);
    const weekday = format(new TZDate(`${tomorrow}T12:00:00`, TZ), 'EEEE', { locale: de });
    await page.goto(`${base}/manage/spaces/${popup.space.id}`);
    await page.getByRole('heading', { level: 2, name: 'Öffnungszeiten' }).waitFor();
    const day = page.getByRole('group', { name: weekday, exact: true });
    await day.getByLabel(`${weekday}, Zeitraum 1: bis`).selectOption('12:00');
    // an overlapping second interval is pointed out before anything is sent …
    await day.getByRole('button', { name: `Zeitraum am ${weekday} hinzufügen` }).click();
    await day.getByLabel(`${weekday}, Zeitraum 2: von`).selectOption('11:00');
    await day.getByText('Überschneidet sich mit 09:00–12:00.').first().waitFor();
    // … and fixed: a lunch break from 12:00 to 13:00
    await day.getByLabel(`${weekday}, Zeitraum 2: von`).selectOption('13:00');
    await day.getByLabel(`${weekday}, Zeitraum 2: bis`).selectOption('17:00');
    expect(await day.getByText(/Überschneidet sich/).count()).toBe(0);
    await page.getByRole('button', { name: 'Öffnungszeiten speichern' }).click();
    await page.getByTestId('live-region').getByText('Öffnungszeiten gespeichert.').waitFor();

    // Christmas Day comes suggested as a closure day, and is one after a click
    const nextYear = new TZDate(Date.now(), TZ).getFullYear() + 1;
    await page.getByLabel('Bundesland').selectOption('BB');
    await page.getByLabel('Jahr').selectOption(String(nextYear));
    await page.getByRole('button', { name: `Am 25.12.${nextYear} schließen (1. Weihnachtstag)` }).click();
    await page
      .getByRole('button', { name: new RegExp(`wieder öffnen$`) })
      .first()
      .waitFor();
    await page
      .getByTestId('live-region')
      .getByText(/als Schließtag eingetragen/)
      .waitFor();

    await page.goto(`${base}/spaces/${popup.space.id}?date=${tomorrow}`);
    // the weekly hours list (the desks' free times say the same, further down)
    await page.locator('dl.hours').getByText('09:00–12:00, 13:00–17:00').waitFor();
    await page.getByRole('button', { name: 'Steg: frei von 09:00–12:00 Uhr – auswählen' }).waitFor();
    await page.getByText('Steg: 12:00–13:00 Uhr geschlossen').waitFor({ state: 'attached' });
    await page.context().close();
  });

  it('check a guest in at the front desk and record a walk-in', async () => {
    const page = await asStaff();
    await page.goto(`${base}/manage/today?space=${hub.space.id}`);
    await page.getByRole('button', { name: /^Heute Gast einchecken/ }).click();
    await page.getByTestId('live-region').getByText('Eingecheckt: Platz C.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Heute Gast' }).getByText('Eingecheckt').waitFor();

    const form = page.getByRole('form', { name: 'Person eintragen' });
    await form.getByLabel('Name des Gastes').fill('Walter Walk-in');
    const desk = form.getByLabel('Tisch', { exact: true });
    await desk.selectOption({ label: 'Platz A – frei' });
    await form.getByRole('button', { name: 'Eintragen' }).click();
    // a walk-in starts now (the hub is open round the clock), so it is checked in at once
    await form.getByText(/Walter Walk-in ist eingetragen und eingecheckt: Platz A/).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Walter Walk-in' }).getByText('Eingecheckt').waitFor();
    await scanBothSizes(page, 'manage-today');
    await page.context().close();
  });

  it('open the monthly report: charts, figures and the same numbers as tables; CSV and a print of at most two pages', async () => {
    const page = await asStaff();
    await page.goto(`${base}/reports?space=${hub.space.id}&month=${month}`);
    await page.getByRole('heading', { level: 2, name: `Kennzahlen ${monthName}` }).waitFor();
    await page.getByRole('img', { name: 'Auslastung und Belegung je Monat' }).waitFor();
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll('main svg.recharts-surface').length >= 6);
    expect(await page.locator('main .recharts-line-curve').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('main .recharts-bar-rectangle').count()).toBeGreaterThan(0);

    const figures = page.getByRole('table', { name: `Kennzahlen ${monthName}` });
    const value = (name: string) =>
      figures.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');
    expect(await value('Buchungen').textContent()).toBe('8');
    expect(await value('Buchungen von Gästen').textContent()).toBe('2');
    expect(await value('Personen').textContent()).toBe('3');
    expect(await value('Neue Personen').textContent()).toBe('3');
    expect(await value('Gebuchte Tischstunden').textContent()).toBe('26,0');
    expect(await value('Genutzte Tischstunden').textContent()).toBe('3,0');
    const groups = page.getByRole('table', { name: `Personen und Buchungen nach Gruppe, ${monthName}` });
    expect(await groups.getByRole('row', { name: /^Pendler\*in / }).textContent()).toBe('Pendler*in36');
    // the weekday × hour map adds up to the server's weekday and hour profiles, so it is shown
    const heat = page.getByRole('table', { name: 'Auslastung nach Wochentag (Zeilen) und Uhrzeit (Spalten)' });
    await heat.waitFor();
    expect(await heat.getByRole('row').count()).toBe(8); // header + 7 open weekdays
    // the group chart names its bars
    await page.getByRole('img', { name: 'Personen und Buchungen nach Gruppe' }).getByText('Pendler*in').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV für Excel' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFfigure;dimension;key;value')).toBe(true);
    expect(csv).toContain('bookings;;;8');

    await scanBothSizes(page, 'reports-monthly');

    // the print view: no navigation; the charts at full width take a second A4 page, not more
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root > header').isVisible()).toBe(false);
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      path: `${import.meta.dirname}/../artifacts/screenshots/report-print.pdf`,
    });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});

interface PageCase {
  name: string;
  path: () => string;
  heading: string;
  as: 'staff' | 'admin';
  /** what must have loaded before the scan */
  ready?: (page: Page) => Promise<unknown>;
}

const pages: PageCase[] = [
  {
    name: 'manage-bookings',
    path: () => `/manage/bookings?from=${dayOf(1)}&to=${berlinDate(2)}`,
    heading: 'Buchungen',
    as: 'staff',
    ready: (p) => p.getByRole('table').waitFor(),
  },
  { name: 'manage-spaces', path: () => '/manage/spaces', heading: 'Spaces verwalten', as: 'admin' },
  {
    name: 'manage-space',
    path: () => `/manage/spaces/${hub.space.id}`,
    heading: 'Rathaus-Coworking',
    as: 'staff',
    ready: (p) => p.getByLabel('Bundesland').selectOption('BB'),
  },
  { name: 'manage-space-new', path: () => '/manage/spaces/new', heading: 'Neuer Space', as: 'admin' },
  {
    name: 'manage-users',
    path: () => '/manage/users',
    heading: 'Personen & Rollen',
    as: 'admin',
    ready: async (p) => {
      await p.getByLabel('Person suchen').fill('Pendel');
      await p.getByRole('button', { name: 'Rolle ändern' }).first().click();
      await p.getByRole('radio', { name: /^Personal/ }).check();
    },
  },
  {
    name: 'manage-outbox',
    path: () => '/manage/outbox',
    heading: 'E-Mail-Ausgang',
    as: 'admin',
    ready: async (p) => {
      // the commuter's booking for tomorrow queued its confirmation
      await p.getByRole('button', { name: 'Nachricht lesen' }).first().click();
      await p.locator('main pre').first().waitFor();
    },
  },
  {
    name: 'manage-outbox-failed',
    path: () => '/manage/outbox?status=failed',
    heading: 'E-Mail-Ausgang',
    as: 'admin',
    ready: (p) =>
      p
        .getByText(/Keine E-Mails mit Status|Nicht zugestellt/)
        .first()
        .waitFor(),
  },
  {
    name: 'manage-webhooks',
    path: () => '/manage/webhooks',
    heading: 'Webhooks',
    as: 'admin',
    ready: async (p) => {
      // the form with its errors shown
      await p.getByRole('button', { name: 'Webhook registrieren' }).click();
      await p.getByText('Bitte eine Adresse eingeben.').first().waitFor();
    },
  },
  {
    name: 'reports-compare',
    path: () => `/reports/compare?from=${month}&to=${format(now, 'yyyy-MM')}`,
    heading: 'Spaces vergleichen',
    as: 'staff',
    ready: (p) => p.getByRole('table').waitFor(),
  },
];

describe('the other staff and admin pages, on a desktop and on a 360 px phone', () => {
  it.each(pages)('$name has no serious accessibility violations and fits the screen', async (c) => {
    const page = await newPage(browser, { viewport: DESKTOP });
    await loginWithToken(page, base, c.as === 'admin' ? admin : staff.token);
    await page.goto(`${base}${c.path()}`);
    await page.getByRole('heading', { level: 1, name: c.heading, exact: true }).waitFor();
    await c.ready?.(page);
    await scanBothSizes(page, c.name);
    await page.context().close();
  });

  it('coworkers see neither the menu entries nor the pages', async () => {
    const user = await registerUser(base, 'Nur Coworker');
    const page = await newPage(browser);
    await loginWithToken(page, base, user.token);
    await page.goto(`${base}/manage/today`);
    await page.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    expect(await page.getByRole('link', { name: 'Verwaltung' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Berichte' }).count()).toBe(0);
    await page.context().close();
  });
});
