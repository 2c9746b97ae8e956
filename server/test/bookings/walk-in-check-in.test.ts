/**
 * A walk-in recorded at the front desk is saved checked in at once (`checkIn: true`): staff of the
 * space and admins only, only for a booking that runs now or starts within 15 minutes, in the same
 * insert (201 with status `checked_in`).
 * Clock: Wednesday 2027-10-20T10:00Z (12:00 Berlin); hours Mon–Fri 09:00–17:00 Berlin (07:00Z–15:00Z).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { booked, getBooking, listBookings } from './fixtures.js';

const NOW = '2027-10-20T10:00:00Z';
const RUNNING = { start: '2027-10-20T10:00:00Z', end: '2027-10-20T15:00:00Z' };

describe('POST /api/bookings with checkIn: true (walk-ins)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: NOW });
  });
  afterAll(() => t.close());

  it('staff record a guest checked in at once: 201 checked_in, checkedInAt = now', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const b = await booked(t, staff.token, { deskId: space.deskIds[0], ...RUNNING, guestName: 'Erika', checkIn: true });
    expect(b).toMatchObject({ status: 'checked_in', checkedInAt: NOW.replace('Z', '.000Z'), guestName: 'Erika' });
    expect((await getBooking(t, staff.token, b.id)).status).toBe('checked_in');
  });

  it('admins record a registered person checked in; the person sees it so', async () => {
    const space = await createSpace(t);
    const member = await registerUser(t);
    const b = await booked(t, t.adminToken, {
      deskId: space.deskIds[0],
      start: '2027-10-20T09:55:00Z',
      end: '2027-10-20T12:00:00Z',
      userId: member.id,
      checkIn: true,
    });
    expect(b.status).toBe('checked_in');
    expect((await listBookings(t, member.token)).map((x) => [x.id, x.status])).toEqual([[b.id, 'checked_in']]);
  });

  it('accepts a booking that starts within 15 minutes, refuses one later or already over: 422', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const soon = { start: '2027-10-20T10:15:00Z', end: '2027-10-20T11:00:00Z' };
    expect(
      (await booked(t, staff.token, { deskId: space.deskIds[0], ...soon, guestName: 'A', checkIn: true })).status,
    ).toBe('checked_in');
    const later = { start: '2027-10-20T10:20:00Z', end: '2027-10-20T11:00:00Z' };
    const p = expectProblem(
      await book(t, staff.token, { deskId: space.deskIds[1], ...later, guestName: 'B', checkIn: true }),
      422,
    );
    expect(p.type).toMatch(/check-in-not-now$/);
    const over = { start: '2027-10-20T08:00:00Z', end: '2027-10-20T10:00:00Z' };
    expectProblem(
      await book(t, staff.token, { deskId: space.deskIds[1], ...over, guestName: 'C', checkIn: true }),
      422,
    );
    // without checkIn, staff still record the past as before
    expect((await booked(t, staff.token, { deskId: space.deskIds[1], ...over, guestName: 'C' })).status).toBe(
      'confirmed',
    );
  });

  it('is 403 for a coworker (even for their own booking) and for staff of another space; nothing stored', async () => {
    const space = await createSpace(t);
    const coworker = await registerUser(t);
    const otherStaff = await makeStaff(t, [(await createSpace(t)).id]);
    expectProblem(await book(t, coworker.token, { deskId: space.deskIds[0], ...RUNNING, checkIn: true }), 403);
    expectProblem(
      await book(t, otherStaff.token, { deskId: space.deskIds[0], ...RUNNING, guestName: 'X', checkIn: true }),
      403,
    );
    expect(await listBookings(t, t.adminToken, { spaceId: space.id })).toEqual([]);
    // checkIn: false changes nothing for a coworker
    expect((await booked(t, coworker.token, { deskId: space.deskIds[0], ...RUNNING, checkIn: false })).status).toBe(
      'confirmed',
    );
  });

  it('a taken desk is 409 as ever, and no booking is stored', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    await booked(t, staff.token, { deskId: space.deskIds[0], ...RUNNING, guestName: 'First', checkIn: true });
    expectProblem(
      await book(t, staff.token, { deskId: space.deskIds[0], ...RUNNING, guestName: 'Second', checkIn: true }),
      409,
    );
    expect(await listBookings(t, staff.token, { spaceId: space.id })).toHaveLength(1);
  });

  it('a walk-in in a space that requires check-in is never released as a no-show', async () => {
    const space = await createSpace(t, { body: { checkInRequired: true, releaseAfterMinutes: 15 } });
    const staff = await makeStaff(t, [space.id]);
    const b = await booked(t, staff.token, { deskId: space.deskIds[0], ...RUNNING, guestName: 'Erika', checkIn: true });
    t.setNow('2027-10-20T11:00:00Z');
    try {
      // a new booking on the desk would release an overdue unchecked booking; this one holds
      expectProblem(await book(t, staff.token, { deskId: space.deskIds[0], ...RUNNING, guestName: 'Next' }), 409);
      expect((await getBooking(t, staff.token, b.id)).status).toBe('checked_in');
    } finally {
      t.setNow(NOW);
    }
  });
});
