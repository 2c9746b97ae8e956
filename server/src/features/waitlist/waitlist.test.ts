/**
 * The waitlist: joining, listing, leaving, the rules, and the earliest waiting person being told
 * when a booking on that date is cancelled. Space: Mon–Fri 09:00–17:00, Europe/Berlin (CET in
 * November 2027); the clock stands at Mon 1 Nov 2027 08:00 local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification, WaitlistEntry } from '@popdesk/shared';
import {
  auth,
  book,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../../../test/harness.js';

describe('waitlist', () => {
  let t: TestApp;
  let space: SpaceFixture;

  beforeAll(async () => {
    t = await startApp({ now: '2027-11-01T07:00:00Z' });
    space = await createSpace(t, { desks: 1, body: { timezone: 'Europe/Berlin' } });
    await t
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(t.adminToken))
      .send({ date: '2027-11-12' })
      .expect(201);
  });
  afterAll(() => t.close());

  const join = (user: TestUser, body: object, spaceId = space.id) =>
    t.http().post(`/api/spaces/${spaceId}/waitlist`).set(auth(user.token)).send(body);
  const notifications = async (user: TestUser, query = '') =>
    (await t.http().get(`/api/me/notifications${query}`).set(auth(user.token)).expect(200)).body as Notification[];
  const mine = async (user: TestUser) =>
    (await t.http().get('/api/me/waitlist').set(auth(user.token)).expect(200)).body as WaitlistEntry[];
  const cancel = (token: string, id: string) =>
    t.http().post(`/api/bookings/${id}/cancel`).set(auth(token)).expect(200);

  it('joins, lists and leaves', async () => {
    const user = await registerUser(t);
    const res = await join(user, { date: '2027-11-03', start: '10:00', end: '12:00' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      spaceId: space.id,
      date: '2027-11-03',
      start: '10:00',
      end: '12:00',
      status: 'waiting',
      position: 1,
      notifiedAt: null,
    });
    expect(await mine(user)).toEqual([res.body]);
    expectProblem(await join(user, { date: '2027-11-03' }), 409);
    // instants on that date are taken as local times
    const byInstant = await join(user, {
      date: '2027-11-04',
      start: '2027-11-04T13:00:00Z',
      end: '2027-11-04T15:30:00+01:00',
    });
    expect(byInstant.status, JSON.stringify(byInstant.body)).toBe(201);
    expect(byInstant.body).toMatchObject({ start: '14:00', end: '15:30' });

    const other = await registerUser(t);
    expectProblem(await t.http().delete(`/api/waitlist/${res.body.id}`).set(auth(other.token)), 404);
    await t.http().delete(`/api/waitlist/${res.body.id}`).set(auth(user.token)).expect(204);
    expectProblem(await t.http().delete(`/api/waitlist/${res.body.id}`).set(auth(user.token)), 404);
    expect((await mine(user)).map((e) => e.date)).toEqual(['2027-11-04']);
    // after leaving, one may join again
    expect((await join(user, { date: '2027-11-03' })).status).toBe(201);
    const exported = await t.http().get('/api/me/export').set(auth(user.token)).expect(200);
    expect(exported.body.waitlist.map((e: { date: string; status: string }) => `${e.date} ${e.status}`).sort()).toEqual(
      ['2027-11-03 waiting', '2027-11-03 withdrawn', '2027-11-04 waiting'],
    );
  });

  it('refuses what could never be booked', async () => {
    const user = await registerUser(t);
    expectProblem(await join(user, { date: '2027-11-31' }), 400);
    expectProblem(await join(user, { date: '3 Nov' }), 400);
    expectProblem(await join(user, { date: '2027-11-03', start: '25:00' }), 400);
    expectProblem(await join(user, { date: '2027-11-03' }, '6f1c0000-0000-4000-8000-000000000000'), 404);
    expectProblem(await join(user, { date: '2027-10-29' }), 422); // past
    expectProblem(await join(user, { date: '2027-11-06' }), 422); // Saturday: not open
    expectProblem(await join(user, { date: '2027-11-12' }), 422); // closed
    expectProblem(await join(user, { date: '2027-12-31' }), 422); // beyond the 28-day horizon
    expectProblem(await join(user, { date: '2027-11-03', start: '12:00', end: '11:00' }), 422);
    expectProblem(await join(user, { date: '2027-11-03', start: '18:00' }), 422); // after closing
    expectProblem(await join(user, { date: '2027-11-03', start: '2027-11-04T10:00:00Z' }), 422); // not on that date
    expectProblem(await t.http().post(`/api/spaces/${space.id}/waitlist`).send({ date: '2027-11-03' }), 401);
  });

  it('tells the earliest waiting person whose time overlaps, once, when a booking is cancelled', async () => {
    const holder = await registerUser(t);
    const [first, second, late, evening] = [
      await registerUser(t),
      await registerUser(t),
      await registerUser(t),
      await registerUser(t),
    ];
    const date = '2027-11-05';
    // holder: 09:00–13:00 local (08:00Z–12:00Z)
    const booked = await book(t, holder.token, {
      deskId: space.deskIds[0],
      start: '2027-11-05T08:00:00Z',
      end: '2027-11-05T12:00:00Z',
    });
    expect(booked.status).toBe(201);
    const booked2 = await book(t, holder.token, {
      deskId: space.deskIds[0],
      start: '2027-11-05T12:00:00Z',
      end: '2027-11-05T13:00:00Z',
    });
    expect(booked2.status).toBe(201);
    // evening waits for 15:00–17:00 only (no overlap with 09:00–13:00), though earliest
    expect((await join(evening, { date, start: '15:00', end: '17:00' })).status).toBe(201);
    t.setNow('2027-11-01T07:00:30Z');
    expect((await join(first, { date })).status).toBe(201);
    t.setNow('2027-11-01T07:01:00Z');
    expect((await join(second, { date, start: '12:30' })).status).toBe(201);
    t.setNow('2027-11-01T07:02:00Z');
    expect((await join(late, { date })).status).toBe(201);
    const staff = await makeStaff(t, [space.id]);
    const waiting = await t
      .http()
      .get(`/api/spaces/${space.id}/waitlist?date=${date}`)
      .set(auth(staff.token))
      .expect(200);
    expect(waiting.body.map((e: WaitlistEntry & { userId: string }) => [e.userId, e.position])).toEqual([
      [evening.id, 1],
      [first.id, 2],
      [second.id, 3],
      [late.id, 4],
    ]);
    expectProblem(await t.http().get(`/api/spaces/${space.id}/waitlist?date=${date}`).set(auth(first.token)), 403);

    t.setNow('2027-11-02T10:00:00Z');
    await cancel(holder.token, booked.body.id);
    const told = await notifications(first);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      kind: 'waitlist_desk_free',
      readAt: null,
      data: { spaceId: space.id, date, start: '2027-11-05T08:00:00.000Z', end: '2027-11-05T12:00:00.000Z' },
    });
    expect(told[0]!.message).toContain('09:00');
    expect(told[0]!.message).toContain('13:00');
    expect(JSON.stringify(told)).not.toContain(holder.id);
    expect(await notifications(evening)).toEqual([]);
    expect(await notifications(second)).toEqual([]);
    expect((await mine(first))[0]).toMatchObject({
      status: 'notified',
      position: null,
      notifiedAt: '2027-11-02T10:00:00.000Z',
    });
    expect((await mine(late))[0]).toMatchObject({ position: 3 });

    // cancelling again changes nothing; the next cancellation tells the next in turn
    await cancel(holder.token, booked.body.id);
    expect(await notifications(second)).toEqual([]);
    await cancel(holder.token, booked2.body.id);
    expect(await notifications(second)).toHaveLength(1);
    expect(await notifications(late)).toEqual([]);

    // marking read
    const read = await t.http().post(`/api/me/notifications/${told[0]!.id}/read`).set(auth(first.token)).expect(200);
    expect(read.body.readAt).toBe('2027-11-02T10:00:00.000Z');
    expect(await notifications(first, '?unread=true')).toEqual([]);
    expectProblem(await t.http().post(`/api/me/notifications/${told[0]!.id}/read`).set(auth(second.token)), 404);
    const all = await t.http().post('/api/me/notifications/read-all').set(auth(second.token)).expect(200);
    expect(all.body).toEqual({ marked: 1 });
  });

  it('tells nobody when the cancelled time has already passed', async () => {
    const holder = await registerUser(t);
    const waiter = await registerUser(t);
    t.setNow('2027-11-08T07:00:00Z');
    const booked = await book(t, holder.token, {
      deskId: space.deskIds[0],
      start: '2027-11-08T08:00:00Z',
      end: '2027-11-08T09:00:00Z',
    });
    expect(booked.status).toBe(201);
    expect((await join(waiter, { date: '2027-11-08' })).status).toBe(201);
    t.setNow('2027-11-08T09:30:00Z');
    await cancel(t.adminToken, booked.body.id);
    expect(await notifications(waiter)).toEqual([]);
  });

  it('withdraws waiting entries and deletes notifications when the account is erased', async () => {
    const user = await registerUser(t);
    t.setNow('2027-11-08T07:00:00Z');
    expect((await join(user, { date: '2027-11-10' })).status).toBe(201);
    await t.http().delete('/api/me').set(auth(user.token)).expect(204);
    const staff = await makeStaff(t, [space.id]);
    const waiting = await t
      .http()
      .get(`/api/spaces/${space.id}/waitlist?date=2027-11-10`)
      .set(auth(staff.token))
      .expect(200);
    expect(waiting.body).toEqual([]);
  });
});
