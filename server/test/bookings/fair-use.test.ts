/**
 * Fair use per space: a person's own booking lasts at least `minBookingMinutes` (default 30), and one
 * person holds at most `maxFutureBookingsPerPerson` counting bookings of the space that have not
 * ended. Staff and admins booking for someone else or a guest are exempt. The limit holds under
 * concurrency (on PostgreSQL the requests truly race).
 * Clock: Wednesday 2027-10-20T10:00Z; hours Mon–Fri 09:00–17:00 Berlin (07:00Z–15:00Z).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { booked, listBookings } from './fixtures.js';

/** One-hour slots on Thursday 2027-10-21, the n-th starting at 07:00Z + n hours. */
const hour = (n: number, minutes = 60) => {
  const start = Date.parse('2027-10-21T07:00:00Z') + n * 3_600_000;
  return { start: new Date(start).toISOString(), end: new Date(start + minutes * 60_000).toISOString() };
};
/** 09:00–10:00 Berlin on the d-th open day from Thursday 2027-10-21 (CEST until the 31st). */
const onDay = (date: string) => {
  const offset = date < '2027-10-31' ? 2 : 1;
  const h = (n: number) => String(n).padStart(2, '0');
  return { start: `${date}T${h(9 - offset)}:00:00Z`, end: `${date}T${h(10 - offset)}:00:00Z` };
};

describe('fair use', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  describe('minBookingMinutes', () => {
    it('refuses a coworker’s own booking shorter than the default 30 minutes: 422 booking-too-short', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const p = expectProblem<{ minimum: number }>(
        await book(t, user.token, { deskId: space.deskIds[0], ...hour(0, 29) }),
        422,
      );
      expect(p.type).toMatch(/booking-too-short$/);
      expect(p.minimum).toBe(30);
      expect(p.detail).toContain('30 minutes');
      await booked(t, user.token, { deskId: space.deskIds[0], ...hour(0, 30) });
    });

    it('kills 300 one-second bookings: every one is refused, none stored', async () => {
      const space = await createSpace(t, { desks: 1 });
      const user = await registerUser(t);
      const base = Date.parse('2027-10-21T07:00:00Z');
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          book(t, user.token, {
            deskId: space.deskIds[0],
            start: new Date(base + i * 1000).toISOString(),
            end: new Date(base + (i + 1) * 1000).toISOString(),
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(300).fill(422));
      expect(await listBookings(t, t.adminToken, { spaceId: space.id })).toEqual([]);
    });

    it('follows the space’s own minimum, set on create and changed by PATCH', async () => {
      const space = await createSpace(t, { body: { minBookingMinutes: 120 } });
      const user = await registerUser(t);
      expect(expectProblem(await book(t, user.token, { deskId: space.deskIds[0], ...hour(0, 90) }), 422).type).toMatch(
        /booking-too-short$/,
      );
      await t
        .http()
        .patch(`/api/spaces/${space.id}`)
        .set(auth(t.adminToken))
        .send({ minBookingMinutes: 15 })
        .expect(200);
      await booked(t, user.token, { deskId: space.deskIds[0], ...hour(0, 15) });
    });

    it('exempts staff and admins booking for someone else or a guest', async () => {
      const space = await createSpace(t, { body: { minBookingMinutes: 60 } });
      const staff = await makeStaff(t, [space.id]);
      const member = await registerUser(t);
      await booked(t, staff.token, { deskId: space.deskIds[0], ...hour(0, 10), userId: member.id });
      await booked(t, staff.token, { deskId: space.deskIds[1], ...hour(0, 10), guestName: 'Erika Mustermann' });
      await booked(t, t.adminToken, { deskId: space.deskIds[0], ...hour(2, 10), userId: member.id });
      // staff booking for themselves are bound like anyone
      expectProblem(await book(t, staff.token, { deskId: space.deskIds[1], ...hour(3, 10) }), 422);
    });

    it('applies to each occurrence of a series', async () => {
      const space = await createSpace(t, { body: { minBookingMinutes: 60 } });
      const user = await registerUser(t);
      const res = await t.http().post('/api/bookings/series').set(auth(user.token)).send({
        deskId: space.deskIds[0],
        firstDate: '2027-10-21',
        weeks: 2,
        startTime: '09:00',
        endTime: '09:30',
        mode: 'partial',
      });
      const p = expectProblem<{ failed: { reason: string }[] }>(res, 422);
      expect(p.failed.map((f) => f.reason)).toEqual(['booking-too-short', 'booking-too-short']);
    });
  });

  describe('maxFutureBookingsPerPerson', () => {
    it('refuses one more than the limit: 422 too-many-bookings; a booking that ended no longer counts', async () => {
      const space = await createSpace(t, { body: { maxFutureBookingsPerPerson: 2 } });
      const user = await registerUser(t);
      const first = await booked(t, user.token, { deskId: space.deskIds[0], ...hour(0) });
      await booked(t, user.token, { deskId: space.deskIds[0], ...hour(1) });
      const p = expectProblem<{ limit: number }>(
        await book(t, user.token, { deskId: space.deskIds[0], ...hour(2) }),
        422,
      );
      expect(p.type).toMatch(/too-many-bookings$/);
      expect(p.limit).toBe(2);
      // a cancelled booking does not count
      await t.http().post(`/api/bookings/${first.id}/cancel`).set(auth(user.token)).expect(200);
      await booked(t, user.token, { deskId: space.deskIds[0], ...hour(2) });
      expectProblem(await book(t, user.token, { deskId: space.deskIds[0], ...hour(3) }), 422);
      // once the first of them has ended, there is room for one more
      t.setNow('2027-10-21T09:05:00Z');
      try {
        await booked(t, user.token, { deskId: space.deskIds[0], ...hour(3) });
      } finally {
        t.setNow('2027-10-20T10:00:00Z');
      }
    });

    it('counts only bookings of that space, and only the person’s own', async () => {
      const space = await createSpace(t, { body: { maxFutureBookingsPerPerson: 1 } });
      const other = await createSpace(t);
      const [user, neighbour] = [await registerUser(t), await registerUser(t)];
      await booked(t, user.token, { deskId: other.deskIds[0], ...hour(0) });
      await booked(t, user.token, { deskId: space.deskIds[0], ...hour(1) });
      await booked(t, neighbour.token, { deskId: space.deskIds[1], ...hour(1) });
      expectProblem(await book(t, user.token, { deskId: space.deskIds[1], ...hour(3) }), 422);
    });

    it('exempts staff and admins booking for others, but counts those bookings for the person', async () => {
      const space = await createSpace(t, { body: { maxFutureBookingsPerPerson: 1 } });
      const staff = await makeStaff(t, [space.id]);
      const member = await registerUser(t);
      await booked(t, staff.token, { deskId: space.deskIds[0], ...hour(0), userId: member.id });
      await booked(t, t.adminToken, { deskId: space.deskIds[0], ...hour(1), userId: member.id });
      await booked(t, staff.token, { deskId: space.deskIds[1], ...hour(1), guestName: 'Gast' });
      expectProblem(await book(t, member.token, { deskId: space.deskIds[0], ...hour(3) }), 422);
    });

    it('kills one desk held every open day for 28 days: the limit stops the series at 5 occurrences', async () => {
      const space = await createSpace(t, { desks: 1, body: { maxFutureBookingsPerPerson: 5, bookingHorizonDays: 60 } });
      const user = await registerUser(t);
      const days: string[] = [];
      for (let d = Date.parse('2027-10-21T12:00:00Z'); days.length < 20; d += 86_400_000) {
        const date = new Date(d);
        if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date.toISOString().slice(0, 10));
      }
      const answers = [];
      for (const date of days)
        answers.push((await book(t, user.token, { deskId: space.deskIds[0], ...onDay(date) })).status);
      expect(answers.filter((s) => s === 201)).toHaveLength(5);
      expect(answers.filter((s) => s === 422)).toHaveLength(15);
      // a weekly series counts each occurrence: none fits any more, and atomic books none
      const res = await t.http().post('/api/bookings/series').set(auth(user.token)).send({
        deskId: space.deskIds[0],
        firstDate: '2027-11-22',
        weeks: 2,
        startTime: '13:00',
        endTime: '14:00',
        mode: 'atomic',
      });
      const p = expectProblem<{ failed: { reason: string }[] }>(res, 422);
      expect(p.failed.map((f) => f.reason)).toEqual(['too-many-bookings', 'too-many-bookings']);
    });

    it('a partial series books up to the limit and lists the rest as too-many-bookings', async () => {
      const space = await createSpace(t, { body: { maxFutureBookingsPerPerson: 3, bookingHorizonDays: 60 } });
      const user = await registerUser(t);
      await booked(t, user.token, { deskId: space.deskIds[1], ...hour(0) });
      const res = await t.http().post('/api/bookings/series').set(auth(user.token)).send({
        deskId: space.deskIds[0],
        firstDate: '2027-10-22',
        weeks: 4,
        startTime: '09:00',
        endTime: '12:00',
        mode: 'partial',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.booked).toHaveLength(2);
      expect(res.body.failed.map((f: { reason: string }) => f.reason)).toEqual([
        'too-many-bookings',
        'too-many-bookings',
      ]);
    });

    it('20 parallel bookings of one person with limit 3: exactly 3 succeed', async () => {
      const space = await createSpace(t, { desks: 20, body: { maxFutureBookingsPerPerson: 3 } });
      const user = await registerUser(t);
      // different desks and (mostly) different times, so that only the limit stands in the way
      const answers = await Promise.all(
        space.deskIds.map((deskId, i) => book(t, user.token, { deskId, ...hour(i % 8, 30) })),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(3);
      for (const a of answers.filter((r) => r.status !== 201)) {
        // refused by the limit, or (same half hour) by the person's own overlap
        expect([409, 422]).toContain(a.status);
      }
      expect(statuses.filter((s) => s === 422).length).toBeGreaterThanOrEqual(9);
      const stored = await listBookings(t, t.adminToken, { spaceId: space.id });
      expect(stored.filter((b) => b.status === 'confirmed')).toHaveLength(3);
    });

    it('20 parallel bookings at distinct times with limit 3: exactly 3 × 201 and 17 × 422', async () => {
      const space = await createSpace(t, { desks: 1, body: { maxFutureBookingsPerPerson: 3, minBookingMinutes: 15 } });
      const user = await registerUser(t);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => book(t, user.token, { deskId: space.deskIds[0], ...hour(i * 0.25, 15) })),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(3);
      expect(statuses.filter((s) => s === 422)).toHaveLength(17);
      expect(await listBookings(t, user.token)).toHaveLength(3);
    });
  });
});
