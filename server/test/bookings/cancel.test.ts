/**
 * Cancelling: holders before the booking's end, staff of its space and admins any time. A cancelled
 * booking no longer holds its desk or its person. Bookings on Thursday 2027-10-21 07:00Z–10:00Z.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { availability, booked, freeOf, getBooking } from './fixtures.js';

const DEFAULT_NOW = '2027-10-20T10:00:00Z';
const SLOT = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };

describe('POST /api/bookings/:id/cancel', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: DEFAULT_NOW });
  });
  afterEach(() => t.setNow(DEFAULT_NOW));
  afterAll(() => t.close());

  const cancel = (token: string, id: string) => t.http().post(`/api/bookings/${id}/cancel`).set(auth(token));

  it('lets the holder cancel before the start: 200, cancelled', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    const res = await cancel(user.token, b.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: b.id, status: 'cancelled' });
    expect((await getBooking(t, user.token, b.id)).status).toBe('cancelled');
  });

  it('lets the holder cancel while the booking runs', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    t.setNow('2027-10-21T09:59:00Z');
    expect((await cancel(user.token, b.id).expect(200)).body.status).toBe('cancelled');
  });

  it('is 422 for the holder after the end', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const b = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    t.setNow('2027-10-21T10:01:00Z');
    expectProblem(await cancel(user.token, b.id), 422);
    expect((await getBooking(t, user.token, b.id)).status).toBe('confirmed');
  });

  it('lets the space’s staff and admins cancel any time, after the end too', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const [a, b] = [await registerUser(t), await registerUser(t)];
    const first = await booked(t, a.token, { deskId: space.deskIds[0], ...SLOT });
    const second = await booked(t, b.token, { deskId: space.deskIds[1], ...SLOT });
    t.setNow('2027-10-22T12:00:00Z');
    expect((await cancel(staff.token, first.id).expect(200)).body.status).toBe('cancelled');
    expect((await cancel(t.adminToken, second.id).expect(200)).body.status).toBe('cancelled');
  });

  it('is 404 or 403 (never 200) for someone else’s booking, and leaves it alone', async () => {
    const space = await createSpace(t);
    const [owner, stranger] = [await registerUser(t), await registerUser(t)];
    const otherStaff = await makeStaff(t, [(await createSpace(t)).id]);
    const b = await booked(t, owner.token, { deskId: space.deskIds[0], ...SLOT });
    const byStranger = await cancel(stranger.token, b.id);
    expect([403, 404]).toContain(byStranger.status);
    expectProblem(byStranger, byStranger.status);
    expect([403, 404]).toContain((await cancel(otherStaff.token, b.id)).status);
    expectProblem(await t.http().post(`/api/bookings/${b.id}/cancel`), 401);
    expect((await getBooking(t, owner.token, b.id)).status).toBe('confirmed');
  });

  it('frees the desk: another booking for the same time is 201', async () => {
    const space = await createSpace(t);
    const [a, b] = [await registerUser(t), await registerUser(t)];
    const first = await booked(t, a.token, { deskId: space.deskIds[0], ...SLOT });
    expectProblem(await book(t, b.token, { deskId: space.deskIds[0], ...SLOT }), 409);
    await cancel(a.token, first.id).expect(200);
    expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toEqual([
      { start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
    const second = await booked(t, b.token, { deskId: space.deskIds[0], ...SLOT });
    expect(second.id).not.toBe(first.id);
  });

  it('frees the person: the holder may book another desk for the same time', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const first = await booked(t, user.token, { deskId: space.deskIds[0], ...SLOT });
    expectProblem(await book(t, user.token, { deskId: space.deskIds[1], ...SLOT }), 409);
    await cancel(user.token, first.id).expect(200);
    await booked(t, user.token, { deskId: space.deskIds[1], ...SLOT });
  });

  it('is 404 for an unknown booking and 400 for a malformed id', async () => {
    const user = await registerUser(t);
    expectProblem(await cancel(user.token, '00000000-0000-4000-8000-000000000000'), 404);
    expectProblem(await cancel(user.token, 'not-an-id'), 400);
  });
});
