/**
 * A walk-in from the front desk's day timeline, end to end in Chromium: staff see how many desks
 * are free now, tap a free desk, find the form filled in with that desk from now to the closing
 * time, type a name and save — and the person shows as checked in on the day list and in the API.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  adminToken,
  berlinDate,
  berlinInstant,
  bookFor,
  createSpace,
  registerUser,
  setRole,
  type Fixture,
} from './support/api';
import { launchBrowser, loginWithToken, newPage, scanBothSizes, settled } from './support/browser';

const base = inject('baseUrl');
let browser: Browser;
let fixture: Fixture;
let staffToken: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken(base);
  // open around the clock, so that "now" is inside an opening whenever the test runs
  fixture = await createSpace(base, admin, {
    name: 'Walk-in-Büro',
    town: 'Kyritz',
    desks: ['Erker', 'Sofa'],
    opens: '00:00',
    closes: '24:00',
  });
  const staff = await registerUser(base, 'Wiebke Walk');
  await setRole(base, admin, staff.user.id, 'staff', [fixture.space.id]);
  staffToken = staff.token;
  // someone sits at the sofa now
  const coworker = await registerUser(base, 'Sofia Sofa');
  // booked by the admin, so that the space's shortest booking does not apply late in the evening:
  // from now (rounded down to 5 minutes) for an hour, but not past midnight in Berlin
  const start = Math.floor(Date.now() / 300_000) * 300_000;
  const end = Math.min(start + 3_600_000, Date.parse(berlinInstant(berlinDate(1), '00:00')));
  await bookFor(base, admin, {
    deskId: fixture.desks[1]!.id,
    userId: coworker.user.id,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('a walk-in from the day timeline', () => {
  it('staff tap a free desk, name the guest, and the walk-in is checked in at once', async () => {
    const page = await newPage(browser);
    await loginWithToken(page, base, staffToken);
    await page.goto(`${base}/manage/today?space=${fixture.space.id}`);
    const timeline = page.getByRole('region', { name: 'Tische des Tages' });
    await timeline.getByText('Jetzt frei: 1 von 2 Tischen').waitFor();
    await settled(page);
    await scanBothSizes(page, 'walk-in-timeline');

    await timeline
      .getByRole('button', { name: /^Erker: frei \d\d:\d\d–(24|00):00 Uhr – jemanden eintragen$/ })
      .first()
      .click();
    const form = page.getByRole('form', { name: 'Person eintragen' });
    const name = form.getByLabel('Name des Gastes');
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.getByLabel(/^Tisch/).inputValue()).toBe(fixture.desks[0]!.id);
    await name.fill('Walter Walk-in');
    await form.getByRole('button', { name: 'Eintragen' }).click();
    await form.getByText(/^Walter Walk-in ist eingetragen und eingecheckt: Erker, /).waitFor();

    // on the day list as checked in, and so in the API
    const row = page.getByRole('list', { name: 'Buchungen nach Uhrzeit' }).getByRole('listitem').filter({
      hasText: 'Walter Walk-in',
    });
    await row.getByText('Eingecheckt').first().waitFor();
    const res = await fetch(`${base}/api/bookings?spaceId=${fixture.space.id}`, {
      headers: { Authorization: `Bearer ${staffToken}` },
    });
    const bookings = (await res.json()) as { guestName: string | null; status: string; checkedInAt: string | null }[];
    const walkIn = bookings.find((b) => b.guestName === 'Walter Walk-in');
    expect(walkIn).toMatchObject({ status: 'checked_in' });
    expect(walkIn?.checkedInAt).not.toBeNull();
    await page.context().close();
  });
});
