/**
 * The calendar feed and per-booking .ics files, read back with ical.js (an independent parser):
 * events in the space's zone (TZID + VTIMEZONE), the address in LOCATION, cancelled bookings as
 * STATUS:CANCELLED, the secret feed URL without a header, and token rotation revoking it.
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
