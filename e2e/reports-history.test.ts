/**
 * The whole history within reach (issue #14), in Chromium against the built server: an admin picks
 * Oestrich-Winkel's pilot season of 2022 in the monthly report's pickers (no typed URL), downloads
 * the xlsx workbook named after the town, walks back through the browser history, opens the season
 * view, and the comparison's wide table stays usable at 1366 px; axe-core on a desktop and a phone.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { adminToken, berlinInstant, bookFor, checkIn, createSpace, registerUser, type Fixture } from './support/api';
import { launchBrowser, loginWithToken, newPage, scanBothSizes, settled } from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
let admin: string;
let popup: Fixture;
const SPACE = 'Pop-up-Büro Rheingau (Oestrich-Winkel)';

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await adminToken(base);
  // the pilot's pop-up: 21 June – 21 December 2022, weekdays
  popup = await createSpace(base, admin, {
    name: 'Pop-up-Büro Rheingau',
    town: 'Oestrich-Winkel',
    desks: ['Fenster', 'Mitte', 'Tür'],
    days: [1, 2, 3, 4, 5],
    opensOn: '2022-06-21',
    closesOn: '2022-12-21',
  });
  // a second, running space: the operator picks among several
  await createSpace(base, admin, { name: 'Bürgerbüro', town: 'Eltville', desks: ['Eins'] });
  const [a, b] = await Promise.all(['Rita Rheingau', 'Otto Oestrich'].map((n) => registerUser(base, n)));
  const record = (date: string, desk: number, userId: string) =>
    bookFor(base, admin, {
      deskId: popup.desks[desk]!.id,
      start: berlinInstant(date, '09:00'),
      end: berlinInstant(date, '13:00'),
      userId,
    });
  // September: one booking; October: two people, three bookings, one of them checked in
  await record('2022-09-14', 0, a!.user.id);
  const first = await record('2022-10-04', 0, a!.user.id);
  await checkIn(base, admin, first.id);
  await record('2022-10-05', 1, b!.user.id);
  await record('2022-10-12', 2, b!.user.id);
});

afterAll(async () => {
  await browser?.close();
});

describe('an operator and the whole history', () => {
  it('reaches October 2022 of Oestrich-Winkel by the pickers, downloads the workbook, and goes back', async () => {
    const page = await newPage(browser);
    await loginWithToken(page, base, admin);
    await page.goto(`${base}/reports`);
    await page.getByRole('combobox', { name: 'Space' }).selectOption({ label: SPACE });
    // the default: the last complete month of the space's life, not the current month
    await page.getByRole('heading', { level: 2, name: 'Kennzahlen Dezember 2022' }).waitFor();
    const month = page.getByRole('combobox', { name: 'Monat' });
    expect(await month.locator('option').first().textContent()).toBe('Dezember 2022');
    expect(await month.locator('option').last().textContent()).toBe('Juni 2022');

    await month.selectOption({ label: 'Oktober 2022' });
    await page.getByRole('heading', { level: 2, name: 'Kennzahlen Oktober 2022' }).waitFor();
    expect(new URL(page.url()).searchParams.get('month')).toBe('2022-10');
    expect(new URL(page.url()).searchParams.get('space')).toBe(popup.space.id);
    const figures = page.getByRole('table', { name: 'Kennzahlen Oktober 2022' });
    const value = (name: string) =>
      figures.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');
    expect(await value('Buchungen').textContent()).toBe('3');
    expect(await value('Personen').textContent()).toBe('2');
    // the change against September, in words for screen readers too
    const bookings = page.locator('[data-kpi="bookings"]');
    expect(await bookings.textContent()).toContain('+2 ggü. Vormonat');
    expect(await bookings.textContent()).toContain('Gegenüber September 2022: 2 mehr');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel-Arbeitsmappe (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/oestrich-winkel.*\.xlsx$/i);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the workbook
    await page.getByText('Die Datei wurde heruntergeladen.').waitFor({ state: 'attached' });

    await scanBothSizes(page, 'reports-history-october-2022');

    // on paper every chart takes the page's full width (drawn for A4, scaled by the print CSS)
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect().width;
      const charts = Array.from(
        document.querySelectorAll<SVGElement>('main .recharts-wrapper > svg.recharts-surface'),
      ).filter((svg) => svg.getBoundingClientRect().width > 0);
      return charts.map((svg) => svg.getBoundingClientRect().width / main);
    });
    expect(widths.length).toBeGreaterThanOrEqual(4);
    for (const share of widths) expect(share).toBeGreaterThan(0.85);
    await page.pdf({ format: 'A4', path: `${import.meta.dirname}/../artifacts/screenshots/reports-history-print.pdf` });
    await page.emulateMedia({ media: 'screen' });

    // back: the space's default month again, forward: October again
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Kennzahlen Dezember 2022' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 2, name: 'Kennzahlen Oktober 2022' }).waitFor();
    await page.context().close();
  });

  it('opens the season view: June to December 2022 month by month with totals', async () => {
    const page = await newPage(browser);
    await loginWithToken(page, base, admin);
    await page.goto(`${base}/reports`);
    await page.getByRole('navigation', { name: 'Berichte' }).getByRole('link', { name: 'Saison' }).click();
    await page.waitForURL((url) => url.pathname === '/reports/season');
    // the page waits for its lazy chunk (charts) and three queries: on a loaded 2-core CI machine,
    // with another browser test running beside it, that once took longer than the default 10 s
    await page.getByRole('heading', { level: 1, name: 'Saison' }).waitFor({ timeout: 25_000 });
    await page.getByRole('combobox', { name: 'Space' }).selectOption({ label: SPACE });
    const table = page.getByRole('table', { name: `${SPACE}, Juni 2022 bis Dezember 2022` });
    await table.waitFor();
    // the default period is written into the address: a copied link shows the same season
    await page.waitForURL((url) => url.searchParams.get('to') === '2022-12');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2022-06');
    const heads = await table.getByRole('columnheader').allTextContents();
    expect(heads).toHaveLength(9); // the figure, seven months, the total
    expect(heads.at(-1)).toBe('Gesamt');
    const row = table.locator('tr', { has: page.getByRole('rowheader', { name: 'Buchungen', exact: true }) });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['0', '0', '0', '1', '3', '0', '0', '4']);
    await page.waitForFunction(() => document.querySelectorAll('main svg.recharts-surface').length >= 2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV-Tabelle' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/oestrich-winkel.*\.csv$/i);

    await scanBothSizes(page, 'reports-season');
    await page.context().close();
  });

  it('keeps the comparison’s wide table within reach at 1366 px', async () => {
    const page = await newPage(browser, { viewport: { width: 1366, height: 800 } });
    await loginWithToken(page, base, admin);
    await page.goto(`${base}/reports/compare?from=2022-01&to=2022-12&metric=bookings`);
    const region = page.getByRole('region', { name: /Buchungen je Space und Monat/ });
    await region.waitFor();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await region.getAttribute('tabindex')).toBe('0');
    // scrolled to its end, the last column is on the screen and the space's name still is
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const last = await region.getByRole('columnheader', { name: 'Zeitraum' }).boundingBox();
    const box = await region.boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    const name = await region.getByRole('rowheader', { name: 'Pop-up-Büro Rheingau (Oestrich-Winkel)' }).boundingBox();
    expect(name!.x).toBeGreaterThanOrEqual(box!.x - 1);
    await page.context().close();
  });
});
