/**
 * A trial day end to end in Chromium: staff create it in the UI with one place; a coworker on a
 * phone registers and holds the place; a second lands on the waitlist (position 1); the first
 * cancels, and after a reload the second is registered; staff check the second in on the attendee
 * list. The event page and the list pass axe on a desktop and a phone; the space's page shows the
 * event on the desk it takes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { adminToken, createSpace, eventRegistrations, registerUser, setRole, type Fixture } from './support/api';
import { launchBrowser, loginWithToken, newPage, scanBothSizes, settled } from './support/browser';
import { TZ } from './support/constants';

const base = inject('baseUrl');
const PHONE_375 = { width: 375, height: 812 };
const TITLE = 'Schnupper-Coworking in Perleberg';
let browser: Browser;
let fixture: Fixture;
let staffToken: string;
let first: Awaited<ReturnType<typeof registerUser>>;
let second: Awaited<ReturnType<typeof registerUser>>;

/**
 * The trial day starts 10–15 minutes from now (so registration is open and check-in, from an hour
 * before the start, is too) and lasts up to an hour, on the same Berlin day.
 */
function trialDayTimes() {
  const start = new TZDate(Math.ceil((Date.now() + 10 * 60_000) / 300_000) * 300_000, TZ);
  const lastMinute = new TZDate(start.getFullYear(), start.getMonth(), start.getDate(), 23, 59, TZ);
  const end = new TZDate(Math.min(start.getTime() + 3_600_000, lastMinute.getTime()), TZ);
  return { date: format(start, 'yyyy-MM-dd'), start: format(start, 'HH:mm'), end: format(end, 'HH:mm') };
}

async function asCoworker(token: string) {
  const page = await newPage(browser, { viewport: PHONE_375 });
  await loginWithToken(page, base, token);
  return page;
}

const main = (page: Page) => page.getByRole('main');
const registration = (page: Page) => main(page).getByRole('region', { name: 'Anmeldung' });

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken(base);
  // open around the clock, so that "soon" is inside an opening whenever the test runs
  fixture = await createSpace(base, admin, {
    name: 'Coworking Perleberg',
    town: 'Perleberg',
    desks: ['Fenster', 'Tür'],
    opens: '00:00',
    closes: '24:00',
  });
  const staff = await registerUser(base, 'Stefanie Staff');
  await setRole(base, admin, staff.user.id, 'staff', [fixture.space.id]);
  staffToken = staff.token;
  first = await registerUser(base, 'Anna Anmeldung');
  second = await registerUser(base, 'Bernd Warteliste');
});

afterAll(async () => {
  await browser?.close();
});

describe('a trial day with one place', () => {
  it('fills, waits, moves the next one up on a cancellation, and checks in', async () => {
    // staff create the trial day on a desktop
    const staff = await newPage(browser);
    await loginWithToken(staff, base, staffToken);
    await staff.goto(`${base}/manage/events/new?spaceId=${fixture.space.id}`);
    const form = staff.getByRole('form', { name: 'Veranstaltung anlegen' });
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByLabel('Art').selectOption('trial_day');
    const when = trialDayTimes();
    await form.getByLabel('Datum').fill(when.date);
    await form.getByLabel('Beginn').fill(when.start);
    await form.getByLabel('Ende').fill(when.end);
    await form.getByLabel('Plätze', { exact: true }).fill('1');
    // it takes the window desk for its time
    await form.getByRole('checkbox', { name: 'Fenster' }).check();
    await form.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
    await staff.waitForURL(/\/manage\/events\/[0-9a-f-]{36}$/);
    const eventId = new URL(staff.url()).pathname.split('/').pop()!;

    // signed out, the shareable page offers the login and says how many places are left
    const guest = await newPage(browser, { viewport: PHONE_375 });
    await guest.goto(`${base}/events/${eventId}`);
    await main(guest).getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await main(guest).getByText('1 von 1 Plätzen frei').waitFor();
    const login = registration(guest).getByRole('link', { name: 'Einloggen und anmelden' });
    expect(await login.getAttribute('href')).toBe(`/login?next=${encodeURIComponent(`/events/${eventId}`)}`);
    await guest.context().close();

    // the first coworker registers on a phone and holds the place
    const anna = await asCoworker(first.token);
    await anna.goto(`${base}/events/${eventId}`);
    await registration(anna).getByRole('button', { name: 'Anmelden', exact: true }).click();
    await registration(anna).getByText('Sie sind angemeldet.').waitFor();

    // the second lands on the waitlist, first in line
    const bernd = await asCoworker(second.token);
    await bernd.goto(`${base}/events/${eventId}`);
    await main(bernd).getByText('Ausgebucht – Warteliste').waitFor();
    await registration(bernd).getByRole('button', { name: 'Auf die Warteliste' }).click();
    await registration(bernd).getByText('Sie stehen auf der Warteliste, Platz 1.').waitFor();

    // the first cancels after a confirmation
    await registration(anna).getByRole('button', { name: 'Von der Veranstaltung abmelden' }).click();
    await anna
      .getByRole('dialog', { name: 'Anmeldung zurückziehen?' })
      .getByRole('button', { name: 'Ja, abmelden' })
      .click();
    // the place went to the second at once, so the event is full again
    await registration(anna).getByRole('button', { name: 'Auf die Warteliste' }).waitFor();
    await anna.context().close();

    // the second has moved up
    await bernd.reload();
    await registration(bernd).getByText('Sie sind angemeldet.').waitFor();
    await scanBothSizes(bernd, 'event-page-registered');

    // on the list of events, and on the space's page: in its events and on the desk it takes
    await bernd.goto(`${base}/events`);
    await main(bernd).getByRole('link', { name: TITLE }).waitFor();
    await scanBothSizes(bernd, 'events-list');
    // (on the trial day's date: 10 minutes from now may be tomorrow in Berlin)
    await bernd.goto(`${base}/spaces/${fixture.space.id}?date=${when.date}`);
    await main(bernd)
      .getByRole('region', { name: 'Veranstaltungen hier' })
      .getByRole('link', { name: TITLE })
      .waitFor();
    await main(bernd)
      .getByRole('group', { name: 'Fenster' })
      .getByText(`belegt durch die Veranstaltung „${TITLE}“`, { exact: false })
      .waitFor({ state: 'attached' });
    await bernd.context().close();

    // staff check the second in on the attendee list
    await staff.goto(`${base}/manage/events/${eventId}/attendees`);
    const row = main(staff).getByRole('listitem').filter({ hasText: 'Bernd Warteliste' });
    await row.getByRole('button', { name: 'Einchecken' }).click();
    await row.getByText('Anwesend').first().waitFor();
    await settled(staff);
    const registrations = await eventRegistrations(base, staffToken, eventId);
    expect(registrations.find((r) => r.userId === second.user.id)).toMatchObject({ status: 'attended' });
    expect(registrations.find((r) => r.userId === first.user.id)).toMatchObject({ status: 'cancelled' });
    await staff.context().close();
  }, 90_000); // (four browser pages and two accessibility scans at two sizes each)
});
