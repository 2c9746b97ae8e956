import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

type Hours = { weekday: number; opens: string; closes: string }[];

describe('PUT /api/spaces/:spaceId/opening-hours', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const put = (spaceId: string, body: unknown, token = t.adminToken) =>
    t
      .http()
      .put(`/api/spaces/${spaceId}/opening-hours`)
      .set(auth(token))
      .send(body as object);
  const storedHours = async (spaceId: string) =>
    (await t.http().get(`/api/spaces/${spaceId}`).expect(200)).body.openingHours as Hours;

  it('replaces the whole list and answers 200 with it', async () => {
    const space = await createSpace(t, { desks: 1 });
    const first: Hours = [
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 3, opens: '10:00', closes: '16:00' },
    ];
    const res = await put(space.id, first);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual(first);
    expect(await storedHours(space.id)).toEqual(first);

    const second: Hours = [{ weekday: 6, opens: '10:00', closes: '14:00' }];
    await put(space.id, second).expect(200);
    expect(await storedHours(space.id)).toEqual(second);
  });

  it('answers sorted by weekday and opening time', async () => {
    const space = await createSpace(t, { desks: 0 });
    const res = await put(space.id, [
      { weekday: 5, opens: '13:00', closes: '17:00' },
      { weekday: 2, opens: '09:00', closes: '12:00' },
      { weekday: 5, opens: '08:00', closes: '12:00' },
    ]).expect(200);
    expect(res.body).toEqual([
      { weekday: 2, opens: '09:00', closes: '12:00' },
      { weekday: 5, opens: '08:00', closes: '12:00' },
      { weekday: 5, opens: '13:00', closes: '17:00' },
    ]);
  });

  it('accepts two intervals a day, intervals that touch, and 24:00', async () => {
    const space = await createSpace(t, { desks: 1 });
    const hours: Hours = [
      { weekday: 4, opens: '08:00', closes: '12:00' },
      { weekday: 4, opens: '13:00', closes: '24:00' },
      { weekday: 5, opens: '00:00', closes: '12:00' },
      { weekday: 5, opens: '12:00', closes: '24:00' },
    ];
    await put(space.id, hours).expect(200);
    expect(await storedHours(space.id)).toEqual(hours);

    // Thursday 2027-10-21 in Berlin (UTC+2): 06:00–10:00Z and 11:00–22:00Z
    const avail = await t.http().get(`/api/spaces/${space.id}/availability?date=2027-10-21`).expect(200);
    expect(avail.body.open).toEqual([
      { start: '2027-10-21T06:00:00.000Z', end: '2027-10-21T10:00:00.000Z' },
      { start: '2027-10-21T11:00:00.000Z', end: '2027-10-21T22:00:00.000Z' },
    ]);
  });

  it('accepts an empty list: closed every day', async () => {
    const space = await createSpace(t, { desks: 1 });
    const res = await put(space.id, []).expect(200);
    expect(res.body).toEqual([]);
    expect(await storedHours(space.id)).toEqual([]);
    const avail = await t.http().get(`/api/spaces/${space.id}/availability?date=2027-10-21`).expect(200);
    expect(avail.body.open).toEqual([]);
  });

  it.each([
    [
      'overlapping intervals',
      [
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '11:00', closes: '15:00' },
      ],
    ],
    [
      'one interval inside another',
      [
        { weekday: 2, opens: '08:00', closes: '18:00' },
        { weekday: 2, opens: '10:00', closes: '11:00' },
      ],
    ],
    [
      'the same interval twice',
      [
        { weekday: 3, opens: '09:00', closes: '17:00' },
        { weekday: 3, opens: '09:00', closes: '17:00' },
      ],
    ],
    [
      'two intervals opening together',
      [
        { weekday: 3, opens: '09:00', closes: '12:00' },
        { weekday: 3, opens: '09:00', closes: '17:00' },
      ],
    ],
    ['opens equal to closes', [{ weekday: 1, opens: '09:00', closes: '09:00' }]],
    ['opens after closes', [{ weekday: 1, opens: '17:00', closes: '09:00' }]],
    ['opening at 24:00', [{ weekday: 1, opens: '24:00', closes: '24:00' }]],
  ])('answers 422 for %s and keeps the previous hours', async (_what, hours) => {
    const space = await createSpace(t, { desks: 0 });
    const before = await storedHours(space.id);
    const body = expectProblem(await put(space.id, hours), 422);
    expect(body.type).toMatch(/invalid-opening-hours/);
    expect(await storedHours(space.id)).toEqual(before);
  });

  it('accepts the same times on different weekdays (overlap is per day)', async () => {
    const space = await createSpace(t, { desks: 0 });
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
    await put(space.id, hours).expect(200);
    expect(await storedHours(space.id)).toEqual(hours);
  });

  it.each([
    ['9:00', '17:00', 'body.0.opens'],
    ['09:00', '25:00', 'body.0.closes'],
    ['09:60', '17:00', 'body.0.opens'],
    ['09:00', '24:01', 'body.0.closes'],
    ['0900', '17:00', 'body.0.opens'],
    ['09:00:00', '17:00', 'body.0.opens'],
  ])('answers 400 for the times %j–%j', async (opens, closes, path) => {
    const space = await createSpace(t, { desks: 0 });
    const body = expectProblem(await put(space.id, [{ weekday: 1, opens, closes }]), 400);
    expect(body.errors?.map((e) => e.path)).toContain(path);
  });

  it.each([0, 8, -1, 1.5])('answers 400 for weekday %s', async (weekday) => {
    const space = await createSpace(t, { desks: 0 });
    const body = expectProblem(await put(space.id, [{ weekday, opens: '09:00', closes: '17:00' }]), 400);
    expect(body.errors?.map((e) => e.path)).toContain('body.0.weekday');
  });

  it('answers 400 when the body is not a list or an entry lacks a field', async () => {
    const space = await createSpace(t, { desks: 0 });
    expectProblem(await put(space.id, { weekday: 1, opens: '09:00', closes: '17:00' }), 400);
    const missing = expectProblem(await put(space.id, [{ weekday: 1, opens: '09:00' }]), 400);
    expect(missing.errors?.map((e) => e.path)).toContain('body.0.closes');
  });

  it('lets the space’s staff set the hours, but not staff of another space or a coworker', async () => {
    const [space, other] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
    const staff = await makeStaff(t, [space.id]);
    const otherStaff = await makeStaff(t, [other.id]);
    const coworker = await registerUser(t);
    const hours = [{ weekday: 6, opens: '10:00', closes: '14:00' }];
    await put(space.id, hours, staff.token).expect(200);
    expectProblem(await put(space.id, [], otherStaff.token), 403);
    expectProblem(await put(space.id, [], coworker.token), 403);
    expect(await storedHours(space.id)).toEqual(hours);
  });

  it('answers 401 without a token and 404 for an unknown space', async () => {
    const space = await createSpace(t, { desks: 0 });
    expectProblem(await t.http().put(`/api/spaces/${space.id}/opening-hours`).send([]), 401);
    expectProblem(await put(randomUUID(), []), 404);
  });
});
