/**
 * The two fair-use fields of a space: stored on create and PATCH, returned by the space DTO, their
 * bounds enforced (minBookingMinutes 5–1440, default 30; maxFutureBookingsPerPerson 1–365 or null).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, makeStaff, startApp, type TestApp } from '../harness.js';

describe('space fair-use settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const getSpace = async (id: string) => (await t.http().get(`/api/spaces/${id}`).expect(200)).body;
  const patch = (token: string, id: string, body: object) =>
    t.http().patch(`/api/spaces/${id}`).set(auth(token)).send(body);

  it('defaults to 30 minutes and no limit', async () => {
    const space = await createSpace(t);
    expect(await getSpace(space.id)).toMatchObject({ minBookingMinutes: 30, maxFutureBookingsPerPerson: null });
  });

  it('stores both on create, and staff of the space change and clear them by PATCH', async () => {
    const space = await createSpace(t, { body: { minBookingMinutes: 60, maxFutureBookingsPerPerson: 5 } });
    expect(await getSpace(space.id)).toMatchObject({ minBookingMinutes: 60, maxFutureBookingsPerPerson: 5 });
    const staff = await makeStaff(t, [space.id]);
    const res = await patch(staff.token, space.id, { minBookingMinutes: 45, maxFutureBookingsPerPerson: 10 }).expect(
      200,
    );
    expect(res.body).toMatchObject({ minBookingMinutes: 45, maxFutureBookingsPerPerson: 10 });
    await patch(staff.token, space.id, { maxFutureBookingsPerPerson: null }).expect(200);
    expect(await getSpace(space.id)).toMatchObject({ minBookingMinutes: 45, maxFutureBookingsPerPerson: null });
  });

  it('refuses values out of bounds with 400 and keeps the old ones', async () => {
    const space = await createSpace(t, { body: { minBookingMinutes: 60, maxFutureBookingsPerPerson: 5 } });
    for (const body of [
      { minBookingMinutes: 4 },
      { minBookingMinutes: 1441 },
      { minBookingMinutes: 30.5 },
      { maxFutureBookingsPerPerson: 0 },
      { maxFutureBookingsPerPerson: 366 },
    ]) {
      expectProblem(await patch(t.adminToken, space.id, body), 400);
    }
    expectProblem(
      await t.http().post('/api/spaces').set(auth(t.adminToken)).send({ name: 'X', town: 'Y', minBookingMinutes: 2 }),
      400,
    );
    expect(await getSpace(space.id)).toMatchObject({ minBookingMinutes: 60, maxFutureBookingsPerPerson: 5 });
  });
});
