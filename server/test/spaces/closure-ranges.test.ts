/**
 * Closures beyond one whole day: date ranges as one action (one batch, one undo), partial-day
 * windows (availability, the booking rule, the reports, across DST in Europe/Berlin), past dates
 * that need a confirmation, and the staff's list of all closures.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Closure, CreatedClosures, SpaceSummary } from '@popdesk/shared';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { ALL_DAY, hoursOf, monthly, record } from '../reports/helpers.js';

describe('closures: ranges, windows, past dates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' }); // a Wednesday
  });
  afterAll(() => t.close());

  const close = (spaceId: string, body: Record<string, unknown>, token = t.adminToken) =>
    t.http().post(`/api/spaces/${spaceId}/closures`).set(auth(token)).send(body);
  const list = async (spaceId: string, query = '', token = t.adminToken) => {
    const res = await t.http().get(`/api/spaces/${spaceId}/closures${query}`).set(auth(token));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Closure[];
  };
  const undo = (spaceId: string, batchId: string, token = t.adminToken) =>
    t.http().delete(`/api/spaces/${spaceId}/closure-batches/${batchId}`).set(auth(token));
  const availability = async (spaceId: string, date: string) =>
    (await t.http().get(`/api/spaces/${spaceId}/availability?date=${date}`).expect(200)).body;

  describe('a date range', () => {
    it('closes every date in one action with one batch id, and one undo reopens them all', async () => {
      const space = await createSpace(t, { desks: 1 });
      const res = await close(space.id, { date: '2027-12-23', until: '2028-01-01', reason: 'Weihnachtspause' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const created = res.body as CreatedClosures;
      expect(created).toMatchObject({
        date: '2027-12-23',
        until: '2028-01-01',
        reason: 'Weihnachtspause',
        starts: null,
      });
      expect(created.dates).toHaveLength(10);
      expect(created.dates.at(-1)).toBe('2028-01-01');
      expect(created.batchId).toMatch(/^[0-9a-f-]{36}$/);

      const all = await list(space.id);
      expect(all.map((c) => c.date)).toEqual(created.dates);
      expect(new Set(all.map((c) => c.batchId))).toEqual(new Set([created.batchId]));
      expect((await availability(space.id, '2027-12-27')).open).toEqual([]);

      await undo(space.id, created.batchId!).expect(204);
      expect(await list(space.id)).toEqual([]);
      expect((await availability(space.id, '2027-12-27')).open).toHaveLength(1);
      expectProblem(await undo(space.id, created.batchId!), 404);
    });

    it('answers 409 naming the dates already closed, and creates nothing', async () => {
      const space = await createSpace(t, { desks: 0 });
      await close(space.id, { date: '2027-12-24' }).expect(201);
      await close(space.id, { date: '2027-12-31' }).expect(201);
      const body = expectProblem<{ dates: string[] }>(
        await close(space.id, { date: '2027-12-23', until: '2028-01-01' }),
        409,
      );
      expect(body.type).toMatch(/closure-exists$/);
      expect(body.dates).toEqual(['2027-12-24', '2027-12-31']);
      expect((await list(space.id)).map((c) => c.date)).toEqual(['2027-12-24', '2027-12-31']);
    });

    it('refuses a range that ends before it starts or is longer than a year, and a half-given window', async () => {
      const space = await createSpace(t, { desks: 0 });
      expect(expectProblem(await close(space.id, { date: '2027-12-23', until: '2027-12-22' }), 422).type).toMatch(
        /invalid-date-range$/,
      );
      expect(expectProblem(await close(space.id, { date: '2027-11-01', until: '2028-11-01' }), 422).type).toMatch(
        /closure-range-too-long$/,
      );
      const half = expectProblem(await close(space.id, { date: '2027-11-01', starts: '13:00' }), 400);
      expect(half.errors?.map((e) => e.path)).toContain('body.ends');
      expect(
        expectProblem(await close(space.id, { date: '2027-11-01', starts: '15:00', ends: '13:00' }), 422).type,
      ).toMatch(/invalid-closure-window$/);
      expectProblem(await close(space.id, { date: '2027-11-01', until: '2027-02-30' }), 400);
      expect(await list(space.id)).toEqual([]);
    });

    it('lets only the space’s staff and admins undo a range', async () => {
      const [space, other] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
      const staff = await makeStaff(t, [space.id]);
      const otherStaff = await makeStaff(t, [other.id]);
      const res = await close(space.id, { date: '2027-11-01', until: '2027-11-03' }, staff.token).expect(201);
      expectProblem(await undo(space.id, res.body.batchId, otherStaff.token), 403);
      expectProblem(await undo(other.id, res.body.batchId), 404); // the batch belongs to another space
      expectProblem(await undo(space.id, randomUUID()), 404);
      await undo(space.id, res.body.batchId, staff.token).expect(204);

      // both actions are in the audit log, the range and the batch as facts (no reason, no names)
      const log = await t.http().get(`/api/audit-log?spaceId=${space.id}&limit=10`).set(auth(t.adminToken)).expect(200);
      const actions = log.body.items.map((e: { action: string }) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['closure.create', 'closure.delete_batch']));
      const created = log.body.items.find((e: { action: string }) => e.action === 'closure.create');
      expect(created.details).toMatchObject({ until: '2027-11-03', dates: 3, batchId: res.body.batchId, window: null });
    });
  });

  describe('a partial-day window', () => {
    it('takes its window out of the open time and every desk’s free time', async () => {
      const space = await createSpace(t, { desks: 2 }); // Mon–Fri 09:00–17:00 Europe/Berlin (CEST: 07:00Z–15:00Z)
      const res = await close(space.id, { date: '2027-10-22', starts: '13:00', ends: '15:30', reason: 'Ratssitzung' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ starts: '13:00', ends: '15:30', dates: ['2027-10-22'], affectedBookings: 0 });
      const day = await availability(space.id, '2027-10-22');
      const expected = [
        { start: '2027-10-22T07:00:00.000Z', end: '2027-10-22T11:00:00.000Z' },
        { start: '2027-10-22T13:30:00.000Z', end: '2027-10-22T15:00:00.000Z' },
      ];
      expect(day.open).toEqual(expected);
      for (const desk of day.desks) expect(desk.free).toEqual(expected);
      const [listed] = await list(space.id);
      expect(listed).toMatchObject({ date: '2027-10-22', starts: '13:00', ends: '15:30', reason: 'Ratssitzung' });
      // the public space list (for "open now") carries the window too, in the same form
      const spaces = (await t.http().get('/api/spaces').expect(200)).body as SpaceSummary[];
      expect(spaces.find((s) => s.id === space.id)!.upcomingClosures).toEqual([listed]);
    });

    it('refuses a booking that overlaps the window (422 closed) and accepts one beside it', async () => {
      const space = await createSpace(t, { desks: 1 });
      const user = await registerUser(t);
      await close(space.id, { date: '2027-10-22', starts: '13:00', ends: '15:00' }).expect(201);
      const deskId = space.deskIds[0];
      const refused = expectProblem(
        await book(t, user.token, { deskId, start: '2027-10-22T10:00:00Z', end: '2027-10-22T12:00:00Z' }),
        422,
      );
      expect(refused.type).toMatch(/\/closed$/);
      expect(refused.detail).toContain('13:00');
      // staff cannot book into the window either
      expectProblem(
        await book(t, t.adminToken, {
          deskId,
          start: '2027-10-22T11:30:00Z',
          end: '2027-10-22T12:30:00Z',
          guestName: 'Gast',
        }),
        422,
      );
      await book(t, user.token, { deskId, start: '2027-10-22T07:00:00Z', end: '2027-10-22T11:00:00Z' }).expect(201);
      await book(t, user.token, { deskId, start: '2027-10-22T13:00:00Z', end: '2027-10-22T14:00:00Z' }).expect(201);
    });

    it('counts the bookings the window touches, over all dates of a range', async () => {
      const space = await createSpace(t, { desks: 2 });
      const [a, b] = [await registerUser(t), await registerUser(t)];
      const [d1, d2] = space.deskIds as [string, string];
      await book(t, a.token, { deskId: d1, start: '2027-10-21T11:00:00Z', end: '2027-10-21T12:00:00Z' }).expect(201); // in the window
      await book(t, b.token, { deskId: d2, start: '2027-10-22T07:00:00Z', end: '2027-10-22T08:00:00Z' }).expect(201); // before it
      await book(t, b.token, { deskId: d2, start: '2027-10-22T12:00:00Z', end: '2027-10-22T14:00:00Z' }).expect(201); // in it
      const res = await close(space.id, { date: '2027-10-21', until: '2027-10-22', starts: '13:00', ends: '17:00' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.affectedBookings).toBe(2);
    });

    it('leaves a whole-day closure for 00:00–24:00', async () => {
      const space = await createSpace(t, { desks: 0 });
      const res = await close(space.id, { date: '2027-10-22', starts: '00:00', ends: '24:00' }).expect(201);
      expect(res.body).toMatchObject({ starts: null, ends: null });
    });
  });

  describe('a date before today', () => {
    it('needs confirmPast: 422 past-closure naming the months whose reports change, then 201', async () => {
      const space = await createSpace(t, { desks: 1 });
      const refused = expectProblem<{ months: string[]; dates: string[] }>(
        await close(space.id, { date: '2027-09-29', until: '2027-10-21', reason: 'Tippfehler?' }),
        422,
      );
      expect(refused.type).toMatch(/past-closure$/);
      expect(refused.detail).toContain('2027-09, 2027-10');
      expect(refused.months).toEqual(['2027-09', '2027-10']);
      expect(refused.dates).toHaveLength(21); // 29 Sep – 19 Oct; today (20 Oct) is not past
      expect(await list(space.id)).toEqual([]);

      const res = await close(space.id, { date: '2027-09-29', until: '2027-10-21', confirmPast: true });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.dates).toHaveLength(23);
      // today and later need no confirmation
      await close(space.id, { date: '2027-10-22' }).expect(201);
    });

    it('is listed for staff (past included, by date, within from/to) and can be removed', async () => {
      const space = await createSpace(t, { desks: 0 });
      const staff = await makeStaff(t, [space.id]);
      await close(space.id, { date: '2027-03-01', confirmPast: true, reason: 'past' }, staff.token).expect(201);
      await close(space.id, { date: '2027-12-24', reason: 'future' }, staff.token).expect(201);
      await close(space.id, { date: '2027-10-01', confirmPast: true }, staff.token).expect(201);
      expect((await list(space.id, '', staff.token)).map((c) => c.date)).toEqual([
        '2027-03-01',
        '2027-10-01',
        '2027-12-24',
      ]);
      expect((await list(space.id, '?from=2027-09-01&to=2027-10-31')).map((c) => c.date)).toEqual(['2027-10-01']);
      expect((await list(space.id, '?from=2027-10-02')).map((c) => c.date)).toEqual(['2027-12-24']);
      expectProblem(
        await t.http().get(`/api/spaces/${space.id}/closures?from=2027-10-02&to=2027-10-01`).set(auth(staff.token)),
        422,
      );
      expectProblem(
        await t
          .http()
          .get(`/api/spaces/${space.id}/closures`)
          .set(auth((await registerUser(t)).token)),
        403,
      );
      expectProblem(await t.http().get(`/api/spaces/${space.id}/closures`), 401);
      // removing a past closure needs no confirmation
      await t.http().delete(`/api/spaces/${space.id}/closures/2027-03-01`).set(auth(staff.token)).expect(204);
      expect((await list(space.id)).map((c) => c.date)).toEqual(['2027-10-01', '2027-12-24']);
    });
  });

  describe('reports with a window, across DST in Europe/Berlin', () => {
    it('take out real elapsed hours: 28 March 2027 01:00–04:00 is 2 h, 31 October 00:00–06:00 is 7 h', async () => {
      const space = await createSpace(t, { desks: 1, hours: ALL_DAY, body: { timezone: 'Europe/Berlin' } });
      const deskId = space.deskIds[0]!;
      // 28 Mar 00:00 CET → 06:00 CEST = 23:00Z (27th) → 04:00Z: 5 real hours, booked before the closure
      await record(t, { deskId, start: '2027-03-28T00:00:00+01:00', end: '2027-03-28T06:00:00+02:00', guestName: 'G' });
      const march = await close(space.id, { date: '2027-03-28', starts: '01:00', ends: '04:00', confirmPast: true });
      expect(march.status, JSON.stringify(march.body)).toBe(201);
      expect(march.body.affectedBookings).toBe(1);
      // 01:00 CET → 04:00 CEST = 00:00Z → 02:00Z
      expect((await availability(space.id, '2027-03-28')).open).toEqual([
        { start: '2027-03-27T23:00:00.000Z', end: '2027-03-28T00:00:00.000Z' },
        { start: '2027-03-28T02:00:00.000Z', end: '2027-03-28T22:00:00.000Z' },
      ]);
      const m = await monthly(t, space.id, '2027-03');
      expect(m.openDays).toBe(31); // a partly closed day is an open day
      expect(m.availableDeskHours).toBeCloseTo(31 * 24 - 1 - 2, 6); // 23-hour day, less 2 real hours
      // the booking counts outside the window only: 00:00–01:00 and 04:00–06:00 local = 3 h
      expect(m.bookedDeskHours).toBeCloseTo(3, 6);
      expect(hoursOf(m, 'bookedDeskHours')).toEqual({ 0: 1, 4: 1, 5: 1 });

      await close(space.id, { date: '2027-10-31', starts: '00:00', ends: '06:00', confirmPast: true }).expect(201);
      const oct = await monthly(t, space.id, '2027-10');
      expect(oct.openDays).toBe(31);
      // 25-hour day less 00:00 CEST → 06:00 CET (22:00Z → 05:00Z) = 7 real hours
      expect(oct.availableDeskHours).toBeCloseTo(31 * 24 + 1 - 7, 6);
    });

    it('leave a whole-day closure as before: not an open day, no hours', async () => {
      const space = await createSpace(t, { desks: 2, hours: ALL_DAY, body: { timezone: 'Europe/Berlin' } });
      await close(space.id, { date: '2027-03-28', confirmPast: true }).expect(201);
      const m = await monthly(t, space.id, '2027-03');
      expect(m.openDays).toBe(30);
      expect(m.availableDeskHours).toBeCloseTo((31 * 24 - 1 - 23) * 2, 6);
    });
  });
});
