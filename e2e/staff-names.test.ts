/**
 * Staff see who is at the door, end to end in Chromium: a coworker's booking shows their name on
 * the front desk's day list (a guest is tagged as one), the e-mail only after asking for it, and the
 * bookings list names the person too. Staff of another space see none of it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  adminToken,
  berlinDate,
  berlinInstant,
  book,
  bookFor,
  createSpace,
  registerUser,
  setRole,
} from './support/api';
import { launchBrowser, loginWithToken, newPage, scanBothSizes, settled } from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
const day = berlinDate(1);

let staffToken: string;
let otherStaffToken: string;
let spaceId: string;
let coworker: Awaited<ReturnType<typeof registerUser>>;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken(base);
  const fixture = await createSpace(base, admin, {
    name: 'Bahnhof-Büro Namen',
    town: 'Mölln',
    desks: ['Fenster', 'Tür'],
  });
  const other = await createSpace(base, admin, { name: 'Anderes Büro', town: 'Ratzeburg', desks: ['Eins'] });
  spaceId = fixture.space.id;
  const staff = await registerUser(base, 'Sabine Staff');
  await setRole(base, admin, staff.user.id, 'staff', [spaceId]);
  staffToken = staff.token;
  const otherStaff = await registerUser(base, 'Olaf Anderswo');
  await setRole(base, admin, otherStaff.user.id, 'staff', [other.space.id]);
  otherStaffToken = otherStaff.token;

  coworker = await registerUser(base, 'Clara Coworkerin');
  await book(base, coworker.token, fixture.desks[0]!.id, berlinInstant(day, '09:00'), berlinInstant(day, '12:00'));
  await bookFor(base, staffToken, {
    deskId: fixture.desks[1]!.id,
    start: berlinInstant(day, '10:00'),
    end: berlinInstant(day, '13:00'),
    guestName: 'Gustav Gast',
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('staff see names', () => {
  it('shows the coworker’s name on the day list, the e-mail on demand', async () => {
    const page = await newPage(browser);
    await loginWithToken(page, base, staffToken);
    await page.goto(`${base}/manage/today?space=${spaceId}&date=${day}`);
    const list = page.getByRole('list', { name: 'Buchungen nach Uhrzeit' });
    const clara = list.getByRole('listitem').filter({ hasText: 'Clara Coworkerin' });
    await clara.waitFor();
    expect(await clara.textContent()).toContain('Fenster');
    expect(await clara.textContent()).not.toContain(coworker.email);
    const guest = list.getByRole('listitem').filter({ hasText: 'Gustav Gast' });
    await guest.getByText('Gast', { exact: true }).waitFor();

    await page.getByRole('checkbox', { name: 'E-Mail-Adressen zeigen' }).check();
    const mail = clara.getByRole('link', { name: coworker.email });
    await mail.waitFor();
    expect(await mail.getAttribute('href')).toBe(`mailto:${coworker.email}`);
    await settled(page);
    await scanBothSizes(page, 'staff-names-today');

    // the bookings list names her too
    await page.goto(`${base}/manage/bookings?space=${spaceId}&from=${day}&to=${day}`);
    await page.getByRole('table').getByText('Clara Coworkerin').waitFor();
    await page.context().close();
  });

  it('names nobody to staff of another space', async () => {
    const page = await newPage(browser);
    await loginWithToken(page, base, otherStaffToken);
    await page.goto(`${base}/manage/bookings?space=${spaceId}&from=${day}&to=${day}`);
    await settled(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Clara Coworkerin');
    await page.context().close();
  });
});
