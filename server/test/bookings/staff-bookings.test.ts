/**
 * Staff (of the booking's space) and admins book for anyone or for a walk-in guest, in the past too,
 * but never outside opening hours. Coworkers and staff of other spaces may not.
 * Clock: Wednesday 2027-10-20T10:00Z; hours Mon–Fri 09:00–17:00 Berlin (07:00Z–15:00Z).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { availability, booked, freeOf, listBookings } from './fixtures.js';

const THURSDAY = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };
const LAST_MONDAY = { start: '2027-10-18T07:00:00Z', end: '2027-10-18T10:00:00Z' };

describe('bookings made by staff and admins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('staff book for another user: 201, held by that user, visible to them', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const member = await registerUser(t);
    const b = await booked(t, staff.token, { deskId: space.deskIds[0], ...THURSDAY, userId: member.id });
    expect(b).toMatchObject({ userId: member.id, guestName: null, status: 'confirmed' });
    expect((await listBookings(t, member.token)).map((x) => x.id)).toEqual([b.id]);
    expect(await listBookings(t, staff.token, { spaceId: space.id })).toHaveLength(1);
  });

  it('staff book for a walk-in guest: 201 with userId null and guestName set', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const b = await booked(t, staff.token, { deskId: space.deskIds[0], ...THURSDAY, guestName: 'Erika Mustermann' });
    expect(b).toMatchObject({ userId: null, guestName: 'Erika Mustermann', status: 'confirmed' });
    expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toEqual([
      { start: '2027-10-21T10:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
    // a guest holds the desk like anyone else
    const other = await registerUser(t);
    expectProblem(await book(t, other.token, { deskId: space.deskIds[0], ...THURSDAY }), 409);
  });

  it('guests are not one person: two guests at the same time on two desks, next to the staff member’s own booking', async () => {
    const space = await createSpace(t, { desks: 3 });
    const staff = await makeStaff(t, [space.id]);
    await booked(t, staff.token, { deskId: space.deskIds[0], ...THURSDAY });
    await booked(t, staff.token, { deskId: space.deskIds[1], ...THURSDAY, guestName: 'Guest A' });
    await booked(t, staff.token, { deskId: space.deskIds[2], ...THURSDAY, guestName: 'Guest B' });
  });

  it('admins book for another user and for guests', async () => {
    const space = await createSpace(t);
    const member = await registerUser(t);
    const forMember = await booked(t, t.adminToken, { deskId: space.deskIds[0], ...THURSDAY, userId: member.id });
    expect(forMember.userId).toBe(member.id);
    const forGuest = await booked(t, t.adminToken, { deskId: space.deskIds[1], ...THURSDAY, guestName: 'Walk-in' });
    expect(forGuest).toMatchObject({ userId: null, guestName: 'Walk-in' });
  });

  it('staff may record the past (walk-ins, history): 201 for a guest and for a user', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const member = await registerUser(t);
    const guest = await booked(t, staff.token, { deskId: space.deskIds[0], ...LAST_MONDAY, guestName: 'Walk-in' });
    expect(guest.start).toBe('2027-10-18T07:00:00.000Z');
    await booked(t, staff.token, { deskId: space.deskIds[1], ...LAST_MONDAY, userId: member.id });
    // the member could not have booked that themselves
    expectProblem(
      await book(t, member.token, {
        deskId: space.deskIds[0],
        start: '2027-10-18T10:00:00Z',
        end: '2027-10-18T12:00:00Z',
      }),
      422,
    );
  });

  it('staff never book outside opening hours, in the past or not (422)', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    // before opening last Monday
    expectProblem(
      await book(t, staff.token, {
        deskId: space.deskIds[0],
        start: '2027-10-18T06:00:00Z',
        end: '2027-10-18T08:00:00Z',
        guestName: 'Early bird',
      }),
      422,
    );
    // last Saturday (no hours)
    expectProblem(
      await book(t, staff.token, {
        deskId: space.deskIds[0],
        start: '2027-10-16T08:00:00Z',
        end: '2027-10-16T10:00:00Z',
        guestName: 'Weekend',
      }),
      422,
    );
    // after closing tomorrow
    expectProblem(
      await book(t, staff.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T14:00:00Z',
        end: '2027-10-21T16:00:00Z',
        guestName: 'Late',
      }),
      422,
    );
    // a closed day
    await t
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(staff.token))
      .send({ date: '2027-10-22' })
      .expect(201);
    expectProblem(
      await book(t, staff.token, {
        deskId: space.deskIds[0],
        start: '2027-10-22T07:00:00Z',
        end: '2027-10-22T09:00:00Z',
        guestName: 'Closed',
      }),
      422,
    );
    // end ≤ start
    expectProblem(
      await book(t, staff.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T09:00:00Z',
        end: '2027-10-21T08:00:00Z',
        guestName: 'Backwards',
      }),
      422,
    );
    expect(await listBookings(t, staff.token, { spaceId: space.id })).toEqual([]);
  });

  it('the one-person rule holds for staff bookings too (409)', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const member = await registerUser(t);
    await booked(t, member.token, { deskId: space.deskIds[0], ...THURSDAY });
    expectProblem(await book(t, staff.token, { deskId: space.deskIds[1], ...THURSDAY, userId: member.id }), 409);
  });

  it('a coworker passing another user’s userId is 403', async () => {
    const space = await createSpace(t);
    const [a, b] = [await registerUser(t), await registerUser(t)];
    expectProblem(await book(t, a.token, { deskId: space.deskIds[0], ...THURSDAY, userId: b.id }), 403);
    expect(await listBookings(t, b.token)).toEqual([]);
  });

  it('a coworker passing their own userId books for themselves', async () => {
    const space = await createSpace(t);
    const a = await registerUser(t);
    const b = await booked(t, a.token, { deskId: space.deskIds[0], ...THURSDAY, userId: a.id });
    expect(b.userId).toBe(a.id);
  });

  it('a coworker passing guestName is 403', async () => {
    const space = await createSpace(t);
    const a = await registerUser(t);
    expectProblem(await book(t, a.token, { deskId: space.deskIds[0], ...THURSDAY, guestName: 'My friend' }), 403);
    expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toHaveLength(1);
  });

  it('staff of another space booking in this one for someone, or for a guest, is 403', async () => {
    const [mine, theirs] = [await createSpace(t), await createSpace(t)];
    const staff = await makeStaff(t, [mine.id]);
    const member = await registerUser(t);
    expectProblem(await book(t, staff.token, { deskId: theirs.deskIds[0], ...THURSDAY, userId: member.id }), 403);
    expectProblem(await book(t, staff.token, { deskId: theirs.deskIds[0], ...THURSDAY, guestName: 'Walk-in' }), 403);
    // nor may they record the past there for themselves
    expectProblem(await book(t, staff.token, { deskId: theirs.deskIds[0], ...LAST_MONDAY }), 422);
    expect(await listBookings(t, t.adminToken, { spaceId: theirs.id })).toEqual([]);
  });

  it('is 400 for both userId and guestName, or a blank guestName', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const member = await registerUser(t);
    expectProblem(
      await book(t, staff.token, { deskId: space.deskIds[0], ...THURSDAY, userId: member.id, guestName: 'Both' }),
      400,
    );
    expectProblem(await book(t, staff.token, { deskId: space.deskIds[0], ...THURSDAY, guestName: '   ' }), 400);
    expect(await listBookings(t, staff.token, { spaceId: space.id })).toEqual([]);
  });

  it('booking for an unknown user is 404', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    expectProblem(await book(t, staff.token, { deskId: space.deskIds[0], ...THURSDAY, userId: randomUUID() }), 404);
  });
});
