/**
 * The calendar feed and per-booking .ics files, read back with ical.js (an independent parser):
 * events in the space's zone (TZID + VTIMEZONE), the address in LOCATION, cancelled bookings as
 * STATUS:CANCELLED, the secret feed URL without a header, and token rotation revoking it. Stamps are
 * UTC, the calendar is METHOD:PUBLISH without a zone of its own (no X-WR-TIMEZONE, no TIMEZONE-ID),
 * the summary names the desk once, the status is in the person's language, and the feed reaches 90
 * days back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';
import { booked } from '../bookings/fixtures.js';
import { parseCalendar } from './ical.js';

// Thursday 2027-10-21 09:00–12:00 in Berlin (CEST, UTC+2)
const SLOT = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };
const ADDRESS = 'Rheinallee 1, 65375 Oestrich-Winkel';

describe('calendar feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const feedPath = async (token: string) =>
    new URL((await t.http().get('/api/me').set(auth(token)).expect(200)).body.calendarUrl).pathname;

  it('GET /api/me/calendar.ics lists the caller’s bookings in the space’s zone, with address and desk', async () => {
    const space = await createSpace(t, { body: { address: ADDRESS } });
    const user = await registerUser(t);
    const other = await registerUser(t);
    const mine = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    await booked(t, other.token, { deskId: space.deskIds[1], ...SLOT });

    const res = await t.http().get('/api/me/calendar.ics').set(auth(user.token)).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const cal = parseCalendar(res.text);
    expect(cal.timezones).toContain('Europe/Berlin');
    expect(cal.events).toHaveLength(1);
    const [ev] = cal.events;
    expect(ev!.uid).toBe(`${mine.id}@popdesk`);
    expect(ev!.tzid).toBe('Europe/Berlin');
    expect(ev!.localStart).toBe('2027-10-21T09:00:00');
    expect(ev!.start.toISOString()).toBe(new Date(SLOT.start).toISOString());
    expect(ev!.end.toISOString()).toBe(new Date(SLOT.end).toISOString());
    expect(ev!.location).toContain(ADDRESS);
    expect(ev!.summary).toContain('Desk 1');
    expect(ev!.status).toBe('CONFIRMED');
  });

  it('writes DTSTAMP, CREATED and LAST-MODIFIED in UTC and gives the calendar no zone of its own', async () => {
    const berlin = await createSpace(t, { body: { name: 'Coworking am Rhein' } });
    const newYork = await createSpace(t, {
      body: { timezone: 'America/New_York' },
      hours: [4].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
    });
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: berlin.deskIds[0], ...SLOT });
    await booked(t, user.token, {
      deskId: newYork.deskIds[0],
      start: '2027-10-21T13:00:00Z',
      end: '2027-10-21T15:00:00Z',
    });

    const res = await t.http().get('/api/me/calendar.ics').set(auth(user.token)).expect(200);
    const cal = parseCalendar(res.text);
    expect(cal.method).toBe('PUBLISH');
    expect(cal.timezones.sort()).toEqual(['America/New_York', 'Europe/Berlin']);
    expect(cal.properties).not.toContain('x-wr-timezone');
    expect(res.text).not.toMatch(/^(TIMEZONE-ID|X-WR-TIMEZONE)[:;]/m);
    expect(cal.events.map((e) => e.tzid)).toEqual(['Europe/Berlin', 'America/New_York']);
    for (const ev of cal.events) {
      expect(ev.stamps).toEqual({
        dtstamp: { utc: true, at: '2027-10-20T10:00:00.000Z' },
        created: { utc: true, at: '2027-10-20T10:00:00.000Z' },
        lastModified: { utc: true, at: '2027-10-20T10:00:00.000Z' },
      });
      expect(ev.sequence).toBe(0);
      expect(ev.organizer).toBeNull(); // a feed publishes; it invites no one
      expect(ev.attendees).toEqual([]);
    }
    expect(res.text).toMatch(/\r\nDTSTAMP:20271020T100000Z\r\n/);
    // the person's language is German by default: the status in German, the desk named once
    expect(cal.events[0]!.summary).toBe('Desk 1 · Coworking am Rhein');
    expect(cal.events[0]!.description).toBe(`Buchung ${b.id}\nStatus: Bestätigt`);
  });

  it('names a desk once, and translates the status in the person’s language', async () => {
    const space = await createSpace(t, { body: { name: 'Rathaus' }, desks: 0 });
    const desk = async (name: string) =>
      (await t.http().post(`/api/spaces/${space.id}/desks`).set(auth(t.adminToken)).send({ name }).expect(201)).body
        .id as string;
    const numbered = await desk('Arbeitsplatz 1');
    const bare = await desk('12');
    const de = await registerUser(t);
    const en = await registerUser(t);
    await t.http().patch('/api/me').set(auth(en.token)).send({ locale: 'en' }).expect(200);
    const b1 = await booked(t, de.token, { deskId: numbered, ...SLOT });
    await booked(t, en.token, { deskId: bare, ...SLOT });
    await t.http().post(`/api/bookings/${b1.id}/cancel`).set(auth(de.token)).expect(200);

    const feed = async (token: string) =>
      parseCalendar((await t.http().get('/api/me/calendar.ics').set(auth(token)).expect(200)).text).events[0]!;
    const german = await feed(de.token);
    expect(german.summary).toBe('Arbeitsplatz 1 · Rathaus');
    expect(german.description).toBe(`Buchung ${b1.id}\nStatus: Storniert`);
    expect(german.sequence).toBe(1);
    expect(german.stamps.lastModified).toEqual({ utc: true, at: '2027-10-20T10:00:00.000Z' });
    const english = await feed(en.token);
    expect(english.summary).toBe('Desk 12 · Rathaus');
    expect(english.description).toMatch(/\nStatus: Confirmed$/);
  });

  it('reaches 90 days back: a booking that ended 91 days ago is no longer in the feed', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    const uids = async () =>
      parseCalendar((await t.http().get('/api/me/calendar.ics').set(auth(user.token)).expect(200)).text).events.map(
        (e) => e.uid,
      );
    const endedPlus = (days: number) => new Date(Date.parse(SLOT.end) + days * 86_400_000);
    try {
      t.setNow(endedPlus(89));
      expect(await uids()).toEqual([`${b.id}@popdesk`]);
      t.setNow(endedPlus(91));
      expect(await uids()).toEqual([]);
    } finally {
      t.setNow('2027-10-20T10:00:00Z');
    }
  });

  it('marks cancelled bookings STATUS:CANCELLED instead of dropping them', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    await t.http().post(`/api/bookings/${b.id}/cancel`).set(auth(user.token)).expect(200);
    const cal = parseCalendar((await t.http().get('/api/me/calendar.ics').set(auth(user.token)).expect(200)).text);
    expect(cal.events.map((e) => [e.uid, e.status])).toEqual([[`${b.id}@popdesk`, 'CANCELLED']]);
  });

  it('serves the feed at the secret URL without a header; a wrong token is 404', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    const path = await feedPath(user.token);
    expect(path).toMatch(/^\/api\/calendar\/[\w-]+\.ics$/);
    const res = await t.http().get(path).expect(200);
    expect(parseCalendar(res.text).events.map((e) => e.uid)).toEqual([`${b.id}@popdesk`]);
    expectProblem(await t.http().get('/api/calendar/not-a-real-token-at-all.ics'), 404);
    expectProblem(await t.http().get('/api/me/calendar.ics'), 401);
  });

  it('rotating the token revokes the old URL', async () => {
    const user = await registerUser(t);
    const before = await feedPath(user.token);
    await t.http().get(before).expect(200);
    const rotated = await t.http().post('/api/me/calendar-token').set(auth(user.token)).expect(200);
    const after = new URL(rotated.body.calendarUrl).pathname;
    expect(after).not.toBe(before);
    expectProblem(await t.http().get(before), 404);
    await t.http().get(after).expect(200);
  });

  it('GET /api/bookings/:id/calendar.ics is one event for its holder and staff, 404 for others', async () => {
    const space = await createSpace(t, {
      body: { address: ADDRESS, timezone: 'America/New_York' },
      hours: [4].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
    });
    const user = await registerUser(t);
    const stranger = await registerUser(t);
    // Thursday 2027-10-21 09:00–11:00 in New York (EDT, UTC−4)
    const b = await booked(t, user.token, {
      deskId: space.deskIds[0],
      start: '2027-10-21T13:00:00Z',
      end: '2027-10-21T15:00:00Z',
    });
    const res = await t.http().get(`/api/bookings/${b.id}/calendar.ics`).set(auth(user.token)).expect(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+\.ics"/);
    const cal = parseCalendar(res.text);
    expect(cal.events).toHaveLength(1);
    expect(cal.events[0]).toMatchObject({
      tzid: 'America/New_York',
      localStart: '2027-10-21T09:00:00',
      status: 'CONFIRMED',
    });
    expect(cal.events[0]!.start.toISOString()).toBe('2027-10-21T13:00:00.000Z');
    expect(cal.events[0]!.location).toContain(ADDRESS);
    await t.http().get(`/api/bookings/${b.id}/calendar.ics`).set(auth(t.adminToken)).expect(200);
    expectProblem(await t.http().get(`/api/bookings/${b.id}/calendar.ics`).set(auth(stranger.token)), 404);
  });
});
