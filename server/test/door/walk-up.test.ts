/**
 * Walk-up at the desk (`POST /api/desks/:deskId/walk-up`) and the desk's page (`GET …/door`).
 * Clock: Wednesday 2027-10-20; hours Mon–Fri 09:00–17:00 Berlin (UTC+2: 07:00Z–15:00Z) unless a
 * test says otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Booking, DeskDoor } from '@popdesk/shared';
import { auth, createSpace, expectProblem, registerUser, startApp, type TestApp, type TestUser } from '../harness.js';
import { booked, everyDay, getBooking, listBookings } from '../bookings/fixtures.js';

const at = (iso: string) => new Date(iso).toISOString();
const unchanged = (b: Booking) => ({ id: b.id, start: b.start, end: b.end, status: 'confirmed', checkedInAt: null });

describe('POST /api/desks/:deskId/walk-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const walkUp = (user: TestUser, deskId: string | undefined, body?: object) => {
    const req = t.http().post(`/api/desks/${deskId}/walk-up`).set(auth(user.token));
    return body === undefined ? req : req.send(body);
  };
  const door = (deskId: string | undefined, user?: TestUser) => {
    const req = t.http().get(`/api/desks/${deskId}/door`);
    return user ? req.set(auth(user.token)) : req;
  };

  it('checks in the caller’s running booking: 200; again: 200 unchanged', async () => {
    t.setNow('2027-10-20T10:00:00Z');
    const space = await createSpace(t);
    const me = await registerUser(t);
    const mine = await booked(t, me.token, {
      deskId: space.deskIds[0],
      start: '2027-10-20T09:00:00Z',
      end: '2027-10-20T12:00:00Z',
    });
    t.setNow('2027-10-20T10:07:00Z');
    const page = (await door(space.deskIds[0], me).expect(200)).body as DeskDoor;
    expect(page.myBooking?.id).toBe(mine.id);
    expect((await door(space.deskIds[0]).expect(200)).body).not.toHaveProperty('myBooking');

    const first = await walkUp(me, space.deskIds[0]);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      id: mine.id,
      status: 'checked_in',
      checkedInAt: at('2027-10-20T10:07:00Z'),
      start: mine.start,
      end: mine.end,
    });
    t.setNow('2027-10-20T10:09:00Z');
    const again = await walkUp(me, space.deskIds[0], { until: '2027-10-20T14:00:00Z' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: mine.id, checkedInAt: at('2027-10-20T10:07:00Z'), end: mine.end });
    expect(await listBookings(t, me.token)).toHaveLength(1);
  });

  it('checks in the caller’s booking that starts in 10 minutes (200), not one starting in 20', async () => {
    t.setNow('2027-10-20T10:00:00Z');
    const space = await createSpace(t);
    const me = await registerUser(t);
    const soon = await booked(t, me.token, {
      deskId: space.deskIds[0],
      start: '2027-10-20T10:10:00Z',
      end: '2027-10-20T11:00:00Z',
    });
    const res = await walkUp(me, space.deskIds[0], {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: soon.id, status: 'checked_in', start: soon.start });

    // a booking 20 minutes ahead is not walked up to: a new booking until it starts, it stays as it was
    const other = await registerUser(t);
    const later = await booked(t, other.token, {
      deskId: space.deskIds[1],
      start: '2027-10-20T10:20:00Z',
      end: '2027-10-20T11:00:00Z',
    });
    const res2 = await walkUp(other, space.deskIds[1]);
    expect(res2.status, JSON.stringify(res2.body)).toBe(201);
    expect(res2.body).toMatchObject({ start: at('2027-10-20T10:00:00Z'), end: later.start });
    expect((await getBooking(t, other.token, later.id)).status).toBe('confirmed');
  });

  it('books a free desk from now rounded down to 5 minutes until the interval’s end: 201, checked in, mailed', async () => {
    t.setNow('2027-10-20T10:07:30Z');
    const space = await createSpace(t);
    const me = await registerUser(t);
    const page = (await door(space.deskIds[0]).expect(200)).body as DeskDoor;
    expect(page.now).toMatchObject({
      date: '2027-10-20',
      state: 'free',
      freeUntil: at('2027-10-20T15:00:00Z'),
      walkUpUntil: at('2027-10-20T15:00:00Z'),
      openUntil: at('2027-10-20T15:00:00Z'),
      nextFreeAt: null,
    });
    expect(page.desk).toMatchObject({ id: space.deskIds[0], kind: 'desk', features: [] });
    expect(page.space).toMatchObject({ id: space.id, timezone: 'Europe/Berlin' });

    const res = await walkUp(me, space.deskIds[0]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const b = res.body as Booking;
    expect(b).toMatchObject({
      deskId: space.deskIds[0],
      userId: me.id,
      start: at('2027-10-20T10:05:00Z'),
      end: at('2027-10-20T15:00:00Z'),
      status: 'checked_in',
      checkedInAt: at('2027-10-20T10:07:30Z'),
    });
    expect((await getBooking(t, me.token, b.id)).status).toBe('checked_in');
    // the usual confirmation is queued, as for any booking
    const outbox = (await t.http().get('/api/admin/outbox?limit=500').set(auth(t.adminToken)).expect(200)).body as {
      to: string;
    }[];
    expect(outbox.filter((m) => m.to === me.email)).toHaveLength(1);
    // the desk's page says so, and the caller's own booking is the one to check in
    const after = (await door(space.deskIds[0], me).expect(200)).body as DeskDoor;
    expect(after.now).toMatchObject({ state: 'taken', freeUntil: null, nextFreeAt: null, walkUpUntil: null });
    expect(after.myBooking?.id).toBe(b.id);
  });

  it('honours `until`; refuses one not after now or past the opening interval (422)', async () => {
    t.setNow('2027-10-20T10:02:00Z');
    const space = await createSpace(t);
    const me = await registerUser(t);
    expect(expectProblem(await walkUp(me, space.deskIds[0], { until: '2027-10-20T10:02:00Z' }), 422).type).toMatch(
      /until-not-after-now$/,
    );
    expect(expectProblem(await walkUp(me, space.deskIds[0], { until: '2027-10-20T16:00:00Z' }), 422).type).toMatch(
      /outside-opening-hours$/,
    );
    const res = await walkUp(me, space.deskIds[0], { until: '2027-10-20T11:30:00Z' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ start: at('2027-10-20T10:00:00Z'), end: at('2027-10-20T11:30:00Z') });
  });

  it('is 409 on a taken desk and leaves the other person’s booking as it was', async () => {
    t.setNow('2027-10-20T10:00:00Z');
    const space = await createSpace(t);
    const holder = await registerUser(t);
    const theirs = await booked(t, holder.token, {
      deskId: space.deskIds[0],
      start: '2027-10-20T09:30:00Z',
      end: '2027-10-20T11:00:00Z',
    });
    const later = await booked(t, holder.token, {
      deskId: space.deskIds[1],
      start: '2027-10-20T13:00:00Z',
      end: '2027-10-20T14:00:00Z',
    });
    const me = await registerUser(t);
    t.setNow('2027-10-20T10:05:00Z');
    const page = (await door(space.deskIds[0], me).expect(200)).body as DeskDoor;
    expect(page.now).toMatchObject({ state: 'taken', nextFreeAt: at('2027-10-20T11:00:00Z') });
    expect(page).not.toHaveProperty('myBooking');
    expect(expectProblem(await walkUp(me, space.deskIds[0]), 409).type).toMatch(/desk-taken$/);
    expect(await getBooking(t, holder.token, theirs.id)).toMatchObject(unchanged(theirs));

    // a later booking cuts the free time: the walk-up ends where it starts; `until` into it is 409
    expect(expectProblem(await walkUp(me, space.deskIds[1], { until: '2027-10-20T13:30:00Z' }), 409).type).toMatch(
      /desk-taken$/,
    );
    const res = await walkUp(me, space.deskIds[1]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ start: at('2027-10-20T10:05:00Z'), end: at('2027-10-20T13:00:00Z') });
    expect(await getBooking(t, holder.token, later.id)).toMatchObject(unchanged(later));
    expect(await listBookings(t, me.token)).toHaveLength(1);
  });

  it('is 409 when the caller holds another desk then (one desk at a time)', async () => {
    t.setNow('2027-10-20T10:00:00Z');
    const space = await createSpace(t);
    const me = await registerUser(t);
    expect((await walkUp(me, space.deskIds[0])).status).toBe(201);
    expect(expectProblem(await walkUp(me, space.deskIds[1]), 409).type).toMatch(/overlapping-booking$/);
  });

  it('is 422 space-closed outside the hours and on a closure; a closure later today cuts the booking', async () => {
    const space = await createSpace(t);
    const me = await registerUser(t);
    t.setNow('2027-10-20T15:30:00Z'); // 17:30 Berlin: closed
    const page = (await door(space.deskIds[0]).expect(200)).body as DeskDoor;
    expect(page.now).toMatchObject({ state: 'closed', nextFreeAt: null, openUntil: null, walkUpUntil: null });
    expect(expectProblem(await walkUp(me, space.deskIds[0]), 422).type).toMatch(/space-closed$/);

    t.setNow('2027-10-20T10:00:00Z');
    const closeAt = (body: object) =>
      t.http().post(`/api/spaces/${space.id}/closures`).set(auth(t.adminToken)).send(body).expect(201);
    // a window from 13:00 to 14:00 Berlin today (11:00Z–12:00Z)
    await closeAt({ date: '2027-10-20', starts: '13:00', ends: '14:00', reason: 'Cleaning' });
    t.setNow('2027-10-20T11:30:00Z');
    expect(expectProblem(await walkUp(me, space.deskIds[0]), 422).type).toMatch(/space-closed$/);
    expect((await door(space.deskIds[0]).expect(200)).body.now).toMatchObject({
      state: 'closed',
      nextFreeAt: at('2027-10-20T12:00:00Z'),
    });
    t.setNow('2027-10-20T10:00:00Z');
    expect(expectProblem(await walkUp(me, space.deskIds[0], { until: '2027-10-20T12:30:00Z' }), 422).type).toMatch(
      /\/closed$/,
    );
    const res = await walkUp(me, space.deskIds[0]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.end).toBe(at('2027-10-20T11:00:00Z'));

    // a whole day closed
    await closeAt({ date: '2027-10-21' });
    t.setNow('2027-10-21T10:00:00Z');
    expect(expectProblem(await walkUp(me, space.deskIds[1]), 422).type).toMatch(/space-closed$/);
    expect(await listBookings(t, me.token)).toHaveLength(1);
  });

  it('is 422 for a room, 404 for an unknown desk, 401 without a token', async () => {
    t.setNow('2027-10-20T10:00:00Z');
    const space = await createSpace(t, { desks: 1, body: { coworkersMayBookRooms: true } });
    const room = await t
      .http()
      .post(`/api/spaces/${space.id}/desks`)
      .set(auth(t.adminToken))
      .send({ name: 'Club room', kind: 'room', seats: 8 })
      .expect(201);
    const me = await registerUser(t);
    expect(expectProblem(await walkUp(me, room.body.id), 422).type).toMatch(/walk-up-desks-only$/);
    expectProblem(await walkUp(me, '00000000-0000-4000-8000-000000000000'), 404);
    expectProblem(await door('00000000-0000-4000-8000-000000000000'), 404);
    expectProblem(await t.http().post(`/api/desks/${space.deskIds[0]}/walk-up`).send({}), 401);
  });

  it('may be shorter than the minimum only when it takes the rest of the free time', async () => {
    const space = await createSpace(t, { body: { minBookingMinutes: 60 } });
    const me = await registerUser(t);
    t.setNow('2027-10-20T14:32:00Z'); // 16:32 Berlin, closing at 17:00
    expect(expectProblem(await walkUp(me, space.deskIds[0], { until: '2027-10-20T14:50:00Z' }), 422).type).toMatch(
      /booking-too-short$/,
    );
    const res = await walkUp(me, space.deskIds[0]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ start: at('2027-10-20T14:30:00Z'), end: at('2027-10-20T15:00:00Z') });
  });

  it('takes a desk whose booking was released for a missed check-in (a new booking, the old one a no-show)', async () => {
    t.setNow('2027-10-20T09:00:00Z');
    const space = await createSpace(t, { body: { checkInRequired: true, releaseAfterMinutes: 15 } });
    const holder = await registerUser(t);
    const missed = await booked(t, holder.token, {
      deskId: space.deskIds[0],
      start: '2027-10-20T09:30:00Z',
      end: '2027-10-20T12:00:00Z',
    });
    t.setNow('2027-10-20T10:03:00Z'); // released at 09:45Z; no job has run
    // the holder arriving late is not checked in: their booking is gone, the walk-up is a new one
    const res = await walkUp(holder, space.deskIds[0]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.id).not.toBe(missed.id);
    expect(res.body).toMatchObject({ start: at('2027-10-20T10:00:00Z'), status: 'checked_in' });
    expect((await getBooking(t, holder.token, missed.id)).status).toBe('no_show');
  });

  it('books on the day the clocks go back in Europe/Berlin (a 25-hour day)', async () => {
    // 2027-10-31: 03:00 CEST becomes 02:00 CET at 01:00Z. Open 01:00–05:00 local = 23:00Z–04:00Z (5 h).
    t.setNow('2027-10-30T12:00:00Z');
    const space = await createSpace(t, { hours: everyDay('01:00', '05:00') });
    const me = await registerUser(t);
    t.setNow('2027-10-31T01:33:00Z'); // 02:33 CET, the second 02:33 of the night
    const page = (await door(space.deskIds[0]).expect(200)).body as DeskDoor;
    expect(page.now).toMatchObject({ date: '2027-10-31', state: 'free', walkUpUntil: at('2027-10-31T04:00:00Z') });
    const res = await walkUp(me, space.deskIds[0]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ start: at('2027-10-31T01:30:00Z'), end: at('2027-10-31T04:00:00Z') });
  });

  it(
    'lets exactly one of 10 concurrent walk-ups on one desk win (201), the rest 409',
    { timeout: 60_000 },
    async () => {
      t.setNow('2027-10-20T10:00:00Z');
      const space = await createSpace(t, { desks: 1 });
      const people = await Promise.all(Array.from({ length: 10 }, () => registerUser(t)));
      const answers = await Promise.all(people.map((p) => walkUp(p, space.deskIds[0])));
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses, JSON.stringify(answers.map((r) => r.body))).toEqual([201, ...Array(9).fill(409)]);
      for (const r of answers.filter((a) => a.status === 409)) expect(r.body.type).toMatch(/desk-taken$/);
      const held = await listBookings(t, t.adminToken, { spaceId: space.id });
      expect(held.map((b) => b.status)).toEqual(['checked_in']);
    },
  );
});
