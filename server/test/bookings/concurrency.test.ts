/**
 * Double bookings are impossible under concurrency: the database decides, not a check-then-insert.
 * On PGlite requests are serialised; on PostgreSQL they truly race through a pool of connections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  book,
  createSpace,
  expectProblem,
  registerUser,
  startApp,
  type TestApp,
  type TestUser,
} from '../harness.js';
import { availability, freeOf, listBookings } from './fixtures.js';

describe('concurrent bookings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const registerMany = async (n: number) => {
    const users: TestUser[] = [];
    for (let i = 0; i < n; i++) users.push(await registerUser(t));
    return users;
  };

  it('30 people racing for one desk and time: exactly one 201, 29 × 409', async () => {
    const space = await createSpace(t, { desks: 1 });
    const users = await registerMany(30);
    const body = { deskId: space.deskIds[0], start: '2027-10-21T07:00:00Z', end: '2027-10-21T11:00:00Z' };

    const responses = await Promise.all(users.map((u) => book(t, u.token, body)));

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    for (const r of responses.filter((r) => r.status === 409)) expectProblem(r, 409);

    const winner = responses.find((r) => r.status === 201)!;
    const stored = await listBookings(t, t.adminToken, { spaceId: space.id });
    expect(stored.map((b) => b.id)).toEqual([winner.body.id]);
    expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toEqual([
      { start: '2027-10-21T11:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
  });

  it('partly overlapping concurrent requests never leave two overlapping bookings on a desk, and none fails', async () => {
    // Two overlapping inserts can each wait on the other's uncommitted row; without the booking
    // locks PostgreSQL broke that by aborting one as a deadlock (a 500). Three rounds make it likely.
    const space = await createSpace(t, { desks: 1 });
    const users = await registerMany(12);
    for (const day of ['2027-10-21', '2027-10-22', '2027-10-25']) {
      // staggered one-hour steps, each request two hours long: neighbours overlap
      const bodies = users.map((_, i) => ({
        deskId: space.deskIds[0],
        start: new Date(Date.parse(`${day}T07:00:00Z`) + (i % 6) * 3600_000).toISOString(),
        end: new Date(Date.parse(`${day}T07:00:00Z`) + ((i % 6) + 2) * 3600_000).toISOString(),
      }));
      const responses = await Promise.all(users.map((u, i) => book(t, u.token, bodies[i]!)));
      // every request is answered 201 or 409 (the body shows any other answer)
      expect(
        responses.filter((r) => r.status !== 201 && r.status !== 409).map((r) => ({ status: r.status, body: r.body })),
      ).toEqual([]);

      const stored = (await listBookings(t, t.adminToken, { spaceId: space.id }))
        .filter((b) => b.start.startsWith(day))
        .sort((a, b) => a.start.localeCompare(b.start));
      expect(stored.length).toBe(responses.filter((r) => r.status === 201).length);
      expect(stored.length).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < stored.length; i++)
        expect(Date.parse(stored[i]!.start)).toBeGreaterThanOrEqual(Date.parse(stored[i - 1]!.end));
    }
  });

  it('a weekly series racing single bookings of its weeks on the same desk: every answer is 201 or 409, never two on one desk-time', async () => {
    const space = await createSpace(t, { desks: 1, body: { bookingHorizonDays: 90 } });
    const [owner, ...others] = await registerMany(9);
    // Thursdays 21 Oct – 11 Nov 2027, 09:00–13:00 Berlin; the single bookings overlap it by an hour each
    const thursdays = ['2027-10-21', '2027-10-28', '2027-11-04', '2027-11-11'];
    const singles = others.map((u, i) => {
      const day = thursdays[i % 4]!;
      const utcHour = day < '2027-11-01' ? 10 : 11; // 12:00 local: CEST until 31 Oct, CET after
      return book(t, u.token, {
        deskId: space.deskIds[0],
        start: `${day}T${utcHour}:00:00Z`,
        end: `${day}T${utcHour + 2}:00:00Z`,
      });
    });
    const seriesRes = t.http().post('/api/bookings/series').set(auth(owner!.token)).send({
      deskId: space.deskIds[0],
      firstDate: thursdays[0],
      startTime: '09:00',
      endTime: '13:00',
      weeks: 4,
      mode: 'partial',
    });
    const [series, ...answers] = await Promise.all([seriesRes, ...singles]);
    expect([201, 409]).toContain(series.status);
    expect(
      answers.filter((r) => r.status !== 201 && r.status !== 409).map((r) => ({ status: r.status, body: r.body })),
    ).toEqual([]);

    const stored = (await listBookings(t, t.adminToken, { spaceId: space.id })).sort((a, b) =>
      a.start.localeCompare(b.start),
    );
    const seriesBooked = series.status === 201 ? (series.body.booked as unknown[]).length : 0;
    expect(stored.length).toBe(seriesBooked + answers.filter((r) => r.status === 201).length);
    for (let i = 1; i < stored.length; i++)
      expect(Date.parse(stored[i]!.start)).toBeGreaterThanOrEqual(Date.parse(stored[i - 1]!.end));
  });

  it('staff checking in a released no-show while others book its desk: one of them wins, the rest 409', async () => {
    const space = await createSpace(t, { desks: 1, body: { checkInRequired: true, releaseAfterMinutes: 30 } });
    const [holder, ...others] = await registerMany(7);
    const late = await book(t, holder!.token, {
      deskId: space.deskIds[0],
      start: '2027-10-22T07:00:00Z',
      end: '2027-10-22T11:00:00Z',
    });
    expect(late.status).toBe(201);
    t.setNow('2027-10-22T07:40:00Z');
    try {
      await t.app.jobs.runAll(t.now());
      const [checkIn, ...answers] = await Promise.all([
        t.http().post(`/api/bookings/${late.body.id}/check-in`).set(auth(t.adminToken)),
        ...others.map((u) =>
          book(t, u.token, { deskId: space.deskIds[0], start: '2027-10-22T07:40:00Z', end: '2027-10-22T11:00:00Z' }),
        ),
      ]);
      expect([200, 409]).toContain(checkIn.status);
      expect(
        answers.filter((r) => r.status !== 201 && r.status !== 409).map((r) => ({ status: r.status, body: r.body })),
      ).toEqual([]);
      const winners = (checkIn.status === 200 ? 1 : 0) + answers.filter((r) => r.status === 201).length;
      expect(winners).toBe(1);
      const holding = (await listBookings(t, t.adminToken, { spaceId: space.id })).filter(
        (b) => b.status === 'confirmed' || b.status === 'checked_in',
      );
      expect(holding).toHaveLength(1);
    } finally {
      t.setNow('2027-10-20T10:00:00Z');
    }
  });

  it('one person racing for several desks at the same time gets exactly one of them', async () => {
    const space = await createSpace(t, { desks: 8 });
    const user = await registerUser(t);
    const responses = await Promise.all(
      space.deskIds.map((deskId) =>
        book(t, user.token, { deskId, start: '2027-10-21T07:00:00Z', end: '2027-10-21T11:00:00Z' }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(7);
    const mine = await t.http().get('/api/bookings').set(auth(user.token)).expect(200);
    expect(mine.body).toHaveLength(1);
  });
});
