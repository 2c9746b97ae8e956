/**
 * Who sees which bookings: GET /api/bookings (coworkers their own, staff their spaces', admins all,
 * with from/to/status/spaceId filters) and GET /api/bookings/:id (never 200 for a stranger).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Booking } from '@popdesk/shared';
import { auth, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { booked, getBooking, listBookings } from './fixtures.js';

const THURSDAY = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };
const FRIDAY = { start: '2027-10-22T07:00:00Z', end: '2027-10-22T10:00:00Z' };

const ids = (list: Booking[]) => list.map((b) => b.id).sort();

describe('booking visibility', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  /** Two spaces; in space one, A and B each hold a booking; in space two, C holds one. */
  async function scene() {
    const [one, two] = [await createSpace(t), await createSpace(t)];
    const [a, b, c] = [await registerUser(t), await registerUser(t), await registerUser(t)];
    const staffOne = await makeStaff(t, [one.id]);
    const bookingA = await booked(t, a.token, { deskId: one.deskIds[0], ...THURSDAY });
    const bookingB = await booked(t, b.token, { deskId: one.deskIds[1], ...FRIDAY });
    const bookingC = await booked(t, c.token, { deskId: two.deskIds[0], ...THURSDAY });
    return { one, two, a, b, c, staffOne, bookingA, bookingB, bookingC };
  }

  describe('GET /api/bookings', () => {
    it('shows a coworker only their own bookings', async () => {
      const s = await scene();
      expect(ids(await listBookings(t, s.a.token))).toEqual([s.bookingA.id]);
      expect(ids(await listBookings(t, s.b.token))).toEqual([s.bookingB.id]);
      // asking for a space does not widen it
      expect(ids(await listBookings(t, s.a.token, { spaceId: s.one.id }))).toEqual([s.bookingA.id]);
      expect(await listBookings(t, s.a.token, { spaceId: s.two.id })).toEqual([]);
    });

    it('shows staff the bookings of their spaces, not of others', async () => {
      const s = await scene();
      const seen = ids(await listBookings(t, s.staffOne.token));
      expect(seen).toEqual([s.bookingA.id, s.bookingB.id].sort());
      expect(seen).not.toContain(s.bookingC.id);
      expect(await listBookings(t, s.staffOne.token, { spaceId: s.two.id })).toEqual([]);
    });

    it('shows admins every booking', async () => {
      const s = await scene();
      const seen = ids(await listBookings(t, t.adminToken, { limit: '5000' }));
      expect(seen).toEqual(expect.arrayContaining([s.bookingA.id, s.bookingB.id, s.bookingC.id]));
      expect(ids(await listBookings(t, t.adminToken, { spaceId: s.two.id }))).toEqual([s.bookingC.id]);
    });

    it('filters by from and to', async () => {
      const s = await scene();
      const fridayOnly = await listBookings(t, s.staffOne.token, { from: '2027-10-22T00:00:00Z' });
      expect(ids(fridayOnly)).toEqual([s.bookingB.id]);
      const thursdayOnly = await listBookings(t, s.staffOne.token, { to: '2027-10-22T00:00:00Z' });
      expect(ids(thursdayOnly)).toEqual([s.bookingA.id]);
      const both = await listBookings(t, s.staffOne.token, {
        from: '2027-10-21T00:00:00Z',
        to: '2027-10-23T00:00:00Z',
      });
      expect(ids(both)).toEqual([s.bookingA.id, s.bookingB.id].sort());
      expect(
        await listBookings(t, s.staffOne.token, { from: '2027-10-25T00:00:00Z', to: '2027-10-26T00:00:00Z' }),
      ).toEqual([]);
    });

    it('filters by status', async () => {
      const s = await scene();
      await t.http().post(`/api/bookings/${s.bookingB.id}/cancel`).set(auth(s.b.token)).expect(200);
      expect(ids(await listBookings(t, s.staffOne.token, { status: 'cancelled' }))).toEqual([s.bookingB.id]);
      expect(ids(await listBookings(t, s.staffOne.token, { status: 'confirmed' }))).toEqual([s.bookingA.id]);
      expect(await listBookings(t, s.staffOne.token, { status: 'no_show' })).toEqual([]);
    });

    it('filters by spaceId', async () => {
      const s = await scene();
      const staffBoth = await makeStaff(t, [s.one.id, s.two.id]);
      expect(ids(await listBookings(t, staffBoth.token))).toEqual([s.bookingA.id, s.bookingB.id, s.bookingC.id].sort());
      expect(ids(await listBookings(t, staffBoth.token, { spaceId: s.two.id }))).toEqual([s.bookingC.id]);
      expect(ids(await listBookings(t, staffBoth.token, { spaceId: s.one.id }))).toEqual(
        [s.bookingA.id, s.bookingB.id].sort(),
      );
    });

    it('is 400 for a malformed filter and 401 without a token', async () => {
      const user = await registerUser(t);
      expectProblem(await t.http().get('/api/bookings').query({ status: 'lost' }).set(auth(user.token)), 400);
      expectProblem(await t.http().get('/api/bookings').query({ from: 'yesterday' }).set(auth(user.token)), 400);
      expectProblem(await t.http().get('/api/bookings'), 401);
    });
  });

  describe('GET /api/bookings/:id', () => {
    it('is 200 for the holder, the space’s staff and admins', async () => {
      const s = await scene();
      expect(await getBooking(t, s.a.token, s.bookingA.id)).toMatchObject({ id: s.bookingA.id, userId: s.a.id });
      expect((await getBooking(t, s.staffOne.token, s.bookingA.id)).id).toBe(s.bookingA.id);
      expect((await getBooking(t, t.adminToken, s.bookingC.id)).id).toBe(s.bookingC.id);
    });

    it('is 404 or 403, never 200, for another coworker and for staff of another space', async () => {
      const s = await scene();
      for (const [token, id] of [
        [s.b.token, s.bookingA.id],
        [s.a.token, s.bookingC.id],
        [s.staffOne.token, s.bookingC.id],
      ] as const) {
        const res = await t.http().get(`/api/bookings/${id}`).set(auth(token));
        expect([403, 404]).toContain(res.status);
        expectProblem(res, res.status);
        expect(res.body.userId).toBeUndefined();
      }
    });

    it('is 404 for an unknown id, 400 for a malformed one, 401 without a token', async () => {
      const s = await scene();
      expectProblem(await t.http().get('/api/bookings/00000000-0000-4000-8000-000000000000').set(auth(s.a.token)), 404);
      expectProblem(await t.http().get('/api/bookings/abc').set(auth(s.a.token)), 400);
      expectProblem(await t.http().get(`/api/bookings/${s.bookingA.id}`), 401);
    });
  });
});
