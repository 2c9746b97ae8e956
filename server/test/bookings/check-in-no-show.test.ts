/**
 * Check-in (holders from 15 minutes before start until the end; staff any time) and the release of
 * no-shows in spaces with checkInRequired. All bookings here are on Thursday 2027-10-21, whose
 * hours are 07:00Z–15:00Z; the clock starts at Wednesday 2027-10-20T10:00Z.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { availability, booked, freeOf, getBooking } from './fixtures.js';

const DEFAULT_NOW = '2027-10-20T10:00:00Z';
const START = '2027-10-21T07:00:00Z';
const END = '2027-10-21T11:00:00Z';

describe('check-in and no-show release', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: DEFAULT_NOW });
  });
  afterEach(() => t.setNow(DEFAULT_NOW));
  afterAll(() => t.close());

  const checkIn = (token: string, id: string) => t.http().post(`/api/bookings/${id}/check-in`).set(auth(token));

  describe('POST /api/bookings/:id/check-in', () => {
    it('lets the holder check in exactly 15 minutes before the start: 200, checked_in', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const b = await booked(t, user.token, { deskId: space.deskIds[0], start: START, end: END });
      t.setNow('2027-10-21T06:45:00Z');
      const res = await checkIn(user.token, b.id);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ id: b.id, status: 'checked_in' });
      expect((await getBooking(t, user.token, b.id)).status).toBe('checked_in');
    });

    it('lets the holder check in during the booking', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const b = await booked(t, user.token, { deskId: space.deskIds[0], start: START, end: END });
      t.setNow('2027-10-21T10:59:00Z');
      expect((await checkIn(user.token, b.id).expect(200)).body.status).toBe('checked_in');
    });

    it('is 422 for the holder 16 minutes before the start', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const b = await booked(t, user.token, { deskId: space.deskIds[0], start: START, end: END });
      t.setNow('2027-10-21T06:44:00Z');
      expectProblem(await checkIn(user.token, b.id), 422);
      expect((await getBooking(t, user.token, b.id)).status).toBe('confirmed');
    });

    it('is 422 for the holder after the end', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const b = await booked(t, user.token, { deskId: space.deskIds[0], start: START, end: END });
      t.setNow('2027-10-21T11:01:00Z');
      expectProblem(await checkIn(user.token, b.id), 422);
      expect((await getBooking(t, user.token, b.id)).status).toBe('confirmed');
    });

    it('lets the space’s staff and admins check a booking in, outside the holder’s window too', async () => {
      const space = await createSpace(t);
      const staff = await makeStaff(t, [space.id]);
      const [a, b] = [await registerUser(t), await registerUser(t)];
      const first = await booked(t, a.token, { deskId: space.deskIds[0], start: START, end: END });
      const second = await booked(t, b.token, { deskId: space.deskIds[1], start: START, end: END });
      t.setNow('2027-10-21T06:00:00Z');
      expect((await checkIn(staff.token, first.id).expect(200)).body.status).toBe('checked_in');
      expect((await checkIn(t.adminToken, second.id).expect(200)).body.status).toBe('checked_in');
    });

    it('is 422 for a cancelled booking, for the holder and for staff', async () => {
      const space = await createSpace(t);
      const staff = await makeStaff(t, [space.id]);
      const user = await registerUser(t);
      const b = await booked(t, user.token, { deskId: space.deskIds[0], start: START, end: END });
      await t.http().post(`/api/bookings/${b.id}/cancel`).set(auth(user.token)).expect(200);
      t.setNow('2027-10-21T07:05:00Z');
      expectProblem(await checkIn(user.token, b.id), 422);
      expectProblem(await checkIn(staff.token, b.id), 422);
      expect((await getBooking(t, user.token, b.id)).status).toBe('cancelled');
    });

    it('is 404 (never 200) for someone else’s booking, and 401 without a token', async () => {
      const space = await createSpace(t);
      const [owner, stranger] = [await registerUser(t), await registerUser(t)];
      const otherStaff = await makeStaff(t, [(await createSpace(t)).id]);
      const b = await booked(t, owner.token, { deskId: space.deskIds[0], start: START, end: END });
      t.setNow('2027-10-21T07:05:00Z');
      expect([403, 404]).toContain((await checkIn(stranger.token, b.id)).status);
      expect([403, 404]).toContain((await checkIn(otherStaff.token, b.id)).status);
      expectProblem(await t.http().post(`/api/bookings/${b.id}/check-in`), 401);
      expect((await getBooking(t, owner.token, b.id)).status).toBe('confirmed');
    });
  });

  describe('no-show release (checkInRequired, releaseAfterMinutes 30)', () => {
    const checkInSpace = () => createSpace(t, { body: { checkInRequired: true, releaseAfterMinutes: 30 } });

    it('the job marks an overdue booking no_show; the desk is free and bookable for the rest of the time', async () => {
      const space = await checkInSpace();
      const [holder, other] = [await registerUser(t), await registerUser(t)];
      const b = await booked(t, holder.token, { deskId: space.deskIds[0], start: START, end: END });

      t.setNow('2027-10-21T07:31:00Z');
      const result = await t.app.jobs.runAll(t.now());
      expect(result.noShows).toBeGreaterThanOrEqual(1);
      expect((await getBooking(t, holder.token, b.id)).status).toBe('no_show');

      const free = freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0]);
      expect(free.some((iv) => iv.start <= '2027-10-21T07:30:00.000Z' && iv.end >= '2027-10-21T11:00:00.000Z')).toBe(
        true,
      );

      const rest = await booked(t, other.token, { deskId: space.deskIds[0], start: '2027-10-21T07:30:00Z', end: END });
      expect(rest.userId).toBe(other.id);
      // the holder can no longer check in
      expectProblem(await checkIn(holder.token, b.id), 422);
    });

    it('the release sends booking.no_show once and offers the rest of the time to the first person waiting', async () => {
      // .invalid: whichever worker claims the delivery fails it at once, without a network
      const hook = (
        await t
          .http()
          .post('/api/admin/webhooks')
          .set(auth(t.adminToken))
          .send({ url: 'https://hooks.example.invalid/no-show', events: ['booking.no_show'] })
          .expect(201)
      ).body as { id: string };
      try {
        const space = await createSpace(t, { desks: 1, body: { checkInRequired: true, releaseAfterMinutes: 30 } });
        const [holder, waiting, later] = [await registerUser(t), await registerUser(t), await registerUser(t)];
        const b = await booked(t, holder.token, { deskId: space.deskIds[0], start: START, end: END });
        await t
          .http()
          .post(`/api/spaces/${space.id}/waitlist`)
          .set(auth(waiting.token))
          .send({ date: '2027-10-21' })
          .expect(201);
        t.setNow('2027-10-20T10:05:00Z'); // (the waitlist is first come, first served)
        await t
          .http()
          .post(`/api/spaces/${space.id}/waitlist`)
          .set(auth(later.token))
          .send({ date: '2027-10-21' })
          .expect(201);

        t.setNow('2027-10-21T07:31:00Z');
        await t.app.jobs.runAll(t.now());
        await t.app.jobs.runAll(t.now()); // a second run (or another instance) releases nothing again

        const deliveries = (
          await t.http().get(`/api/admin/webhooks/${hook.id}/deliveries`).set(auth(t.adminToken)).expect(200)
        ).body as { body: string }[];
        const mine = deliveries.map((d) => JSON.parse(d.body)).filter((p) => p.data.booking.id === b.id);
        expect(mine).toHaveLength(1);
        expect(mine[0]).toMatchObject({
          type: 'booking.no_show',
          data: { booking: { status: 'no_show', userId: holder.id }, space: { id: space.id } },
        });

        // the first person waiting is told about the time from the release on, the second is not
        const notes = (await t.http().get('/api/me/notifications').set(auth(waiting.token)).expect(200)).body;
        expect(notes).toHaveLength(1);
        expect(notes[0]).toMatchObject({
          kind: 'waitlist_desk_free',
          data: {
            spaceId: space.id,
            date: '2027-10-21',
            start: '2027-10-21T07:31:00.000Z',
            end: END.replace('Z', '.000Z'),
          },
        });
        expect((await t.http().get('/api/me/notifications').set(auth(later.token)).expect(200)).body).toEqual([]);
      } finally {
        await t.http().delete(`/api/admin/webhooks/${hook.id}`).set(auth(t.adminToken)).expect(204);
      }
    });

    it('a release by a booking that finds the overdue booking in its way offers nothing to the waitlist', async () => {
      const space = await createSpace(t, { desks: 1, body: { checkInRequired: true, releaseAfterMinutes: 30 } });
      const [holder, taker, waiting] = [await registerUser(t), await registerUser(t), await registerUser(t)];
      const b = await booked(t, holder.token, { deskId: space.deskIds[0], start: START, end: END });
      await t
        .http()
        .post(`/api/spaces/${space.id}/waitlist`)
        .set(auth(waiting.token))
        .send({ date: '2027-10-21' })
        .expect(201);
      t.setNow('2027-10-21T07:40:00Z');
      await booked(t, taker.token, { deskId: space.deskIds[0], start: '2027-10-21T07:40:00Z', end: END });
      expect((await getBooking(t, holder.token, b.id)).status).toBe('no_show');
      expect((await t.http().get('/api/me/notifications').set(auth(waiting.token)).expect(200)).body).toEqual([]);
    });

    it('booking creation releases an overdue booking even before the job ran', async () => {
      const space = await checkInSpace();
      const [holder, other] = [await registerUser(t), await registerUser(t)];
      const b = await booked(t, holder.token, { deskId: space.deskIds[0], start: START, end: END });

      t.setNow('2027-10-21T07:40:00Z');
      // availability already shows the desk free from the release time on
      expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toEqual([
        { start: '2027-10-21T07:30:00.000Z', end: '2027-10-21T15:00:00.000Z' },
      ]);
      await booked(t, other.token, { deskId: space.deskIds[0], start: '2027-10-21T07:40:00Z', end: END });
      expect((await getBooking(t, holder.token, b.id)).status).toBe('no_show');
    });

    it('the released holder may book another desk for the rest of the time, before the job ran', async () => {
      const space = await checkInSpace();
      const holder = await registerUser(t);
      const b = await booked(t, holder.token, { deskId: space.deskIds[0], start: START, end: END });

      t.setNow('2027-10-21T07:45:00Z');
      // the overdue booking no longer counts, so it does not make the holder hold two desks at once
      await booked(t, holder.token, { deskId: space.deskIds[1], start: '2027-10-21T07:45:00Z', end: END });
      expect((await getBooking(t, holder.token, b.id)).status).toBe('no_show');
    });

    it('nothing is released before start + releaseAfterMinutes', async () => {
      const space = await checkInSpace();
      const [holder, other] = [await registerUser(t), await registerUser(t)];
      const b = await booked(t, holder.token, { deskId: space.deskIds[0], start: START, end: END });

      t.setNow('2027-10-21T07:29:00Z');
      await t.app.jobs.runAll(t.now());
      expect((await getBooking(t, holder.token, b.id)).status).toBe('confirmed');
      expectProblem(
        await book(t, other.token, { deskId: space.deskIds[0], start: '2027-10-21T07:29:00Z', end: END }),
        409,
      );
      expect((await getBooking(t, holder.token, b.id)).status).toBe('confirmed');
      // and the holder can still check in, which keeps the desk
      expect((await checkIn(holder.token, b.id).expect(200)).body.status).toBe('checked_in');
      t.setNow('2027-10-21T08:00:00Z');
      await t.app.jobs.runAll(t.now());
      expect((await getBooking(t, holder.token, b.id)).status).toBe('checked_in');
    });

    it('uses the space’s releaseAfterMinutes', async () => {
      const space = await createSpace(t, { body: { checkInRequired: true, releaseAfterMinutes: 10 } });
      const holder = await registerUser(t);
      const b = await booked(t, holder.token, { deskId: space.deskIds[0], start: START, end: END });
      t.setNow('2027-10-21T07:11:00Z');
      await t.app.jobs.runAll(t.now());
      expect((await getBooking(t, holder.token, b.id)).status).toBe('no_show');
    });

    it('without checkInRequired nothing is released', async () => {
      const space = await createSpace(t);
      const [holder, other] = [await registerUser(t), await registerUser(t)];
      const b = await booked(t, holder.token, { deskId: space.deskIds[0], start: START, end: END });

      t.setNow('2027-10-21T09:00:00Z');
      await t.app.jobs.runAll(t.now());
      expect((await getBooking(t, holder.token, b.id)).status).toBe('confirmed');
      expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toEqual([
        { start: '2027-10-21T11:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
      ]);
      expectProblem(
        await book(t, other.token, { deskId: space.deskIds[0], start: '2027-10-21T09:00:00Z', end: END }),
        409,
      );
      expect((await getBooking(t, holder.token, b.id)).status).toBe('confirmed');
    });
  });
});
