import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

describe('closures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const close = (spaceId: string, body: Record<string, unknown>, token = t.adminToken) =>
    t.http().post(`/api/spaces/${spaceId}/closures`).set(auth(token)).send(body);
  const reopen = (spaceId: string, date: string, token = t.adminToken) =>
    t.http().delete(`/api/spaces/${spaceId}/closures/${date}`).set(auth(token));
  const closures = async (spaceId: string) => (await t.http().get(`/api/spaces/${spaceId}`).expect(200)).body.closures;

  describe('POST /api/spaces/:spaceId/closures', () => {
    it('closes the space on a date: 201 with the closure', async () => {
      const space = await createSpace(t, { desks: 1 });
      const res = await close(space.id, { date: '2027-10-22', reason: 'Staff outing' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ spaceId: space.id, date: '2027-10-22', reason: 'Staff outing' });
      expect(await closures(space.id)).toMatchObject([
        { spaceId: space.id, date: '2027-10-22', reason: 'Staff outing' },
      ]);
    });

    it('makes the reason optional', async () => {
      const space = await createSpace(t, { desks: 0 });
      const res = await close(space.id, { date: '2027-10-22' }).expect(201);
      expect(res.body).toMatchObject({ date: '2027-10-22', reason: null });
    });

    it('tells how many bookings the date already has', async () => {
      const space = await createSpace(t, { desks: 2 });
      const [a, b] = [await registerUser(t), await registerUser(t)];
      await book(t, a.token, {
        deskId: space.deskIds[0],
        start: '2027-10-22T07:00:00Z',
        end: '2027-10-22T09:00:00Z',
      }).expect(201);
      await book(t, b.token, {
        deskId: space.deskIds[1],
        start: '2027-10-22T12:00:00Z',
        end: '2027-10-22T15:00:00Z',
      }).expect(201);
      await book(t, b.token, {
        deskId: space.deskIds[1],
        start: '2027-10-21T12:00:00Z',
        end: '2027-10-21T15:00:00Z',
      }).expect(201);
      const res = await close(space.id, { date: '2027-10-22' }).expect(201);
      expect(res.body.affectedBookings).toBe(2);
    });

    it('answers 409 for a date that is already closed', async () => {
      const space = await createSpace(t, { desks: 0 });
      await close(space.id, { date: '2027-12-24', reason: 'first' }).expect(201);
      const body = expectProblem(await close(space.id, { date: '2027-12-24', reason: 'second' }), 409);
      expect(body.type).toMatch(/closure-exists/);
      expect(await closures(space.id)).toMatchObject([{ spaceId: space.id, date: '2027-12-24', reason: 'first' }]);
    });

    it('lets two spaces close on the same date', async () => {
      const [a, b] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
      await close(a.id, { date: '2027-12-24' }).expect(201);
      await close(b.id, { date: '2027-12-24' }).expect(201);
    });

    it.each(['2027-02-30', '2027-13-01', '2027-2-3', '24.12.2027', '', '9999-12-31'])(
      'answers 400 for the date %j',
      async (date) => {
        const space = await createSpace(t, { desks: 0 });
        const body = expectProblem(await close(space.id, { date }), 400);
        expect(body.errors?.map((e) => e.path)).toContain('body.date');
        expect(await closures(space.id)).toEqual([]);
      },
    );

    it('answers 400 without a date', async () => {
      const space = await createSpace(t, { desks: 0 });
      expectProblem(await close(space.id, { reason: 'no date' }), 400);
    });

    it('lets the space’s staff close it, but not staff of another space or a coworker', async () => {
      const [space, other] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
      const staff = await makeStaff(t, [space.id]);
      const otherStaff = await makeStaff(t, [other.id]);
      const coworker = await registerUser(t);
      await close(space.id, { date: '2027-11-01' }, staff.token).expect(201);
      expectProblem(await close(space.id, { date: '2027-11-02' }, otherStaff.token), 403);
      expectProblem(await close(space.id, { date: '2027-11-03' }, coworker.token), 403);
      expect((await closures(space.id)).map((c: { date: string }) => c.date)).toEqual(['2027-11-01']);
    });

    it('answers 401 without a token and 404 for an unknown space', async () => {
      const space = await createSpace(t, { desks: 0 });
      expectProblem(await t.http().post(`/api/spaces/${space.id}/closures`).send({ date: '2027-11-01' }), 401);
      expectProblem(await close(randomUUID(), { date: '2027-11-01' }), 404);
    });
  });

  describe('DELETE /api/spaces/:spaceId/closures/:date', () => {
    it('reopens the date: 204, then 404 the second time', async () => {
      const space = await createSpace(t, { desks: 0 });
      await close(space.id, { date: '2027-11-01' }).expect(201);
      await close(space.id, { date: '2027-11-02' }).expect(201);
      const res = await reopen(space.id, '2027-11-01');
      expect(res.status).toBe(204);
      expect((await closures(space.id)).map((c: { date: string }) => c.date)).toEqual(['2027-11-02']);
      expectProblem(await reopen(space.id, '2027-11-01'), 404);
    });

    it('answers 404 for a date that was never closed, and 400 for an invalid date', async () => {
      const space = await createSpace(t, { desks: 0 });
      expectProblem(await reopen(space.id, '2027-11-05'), 404);
      expectProblem(await reopen(space.id, '2027-02-30'), 400);
      expectProblem(await reopen(space.id, 'tomorrow'), 400);
    });

    it('does not reopen another space closed on the same date', async () => {
      const [a, b] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
      await close(a.id, { date: '2027-11-01' }).expect(201);
      await close(b.id, { date: '2027-11-01' }).expect(201);
      await reopen(a.id, '2027-11-01').expect(204);
      expect(await closures(b.id)).toHaveLength(1);
    });

    it('lets the space’s staff reopen, but not a coworker or staff of another space', async () => {
      const [space, other] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
      const staff = await makeStaff(t, [space.id]);
      const otherStaff = await makeStaff(t, [other.id]);
      const coworker = await registerUser(t);
      await close(space.id, { date: '2027-11-01' }).expect(201);
      expectProblem(await reopen(space.id, '2027-11-01', coworker.token), 403);
      expectProblem(await reopen(space.id, '2027-11-01', otherStaff.token), 403);
      expectProblem(await t.http().delete(`/api/spaces/${space.id}/closures/2027-11-01`), 401);
      await reopen(space.id, '2027-11-01', staff.token).expect(204);
    });
  });

  describe('availability on a closed date', () => {
    it('has no open time and no free time for any desk, and comes back once reopened', async () => {
      const space = await createSpace(t, { desks: 2 });
      await close(space.id, { date: '2027-10-22' }).expect(201);
      const closed = await t.http().get(`/api/spaces/${space.id}/availability?date=2027-10-22`).expect(200);
      expect(closed.body.open).toEqual([]);
      expect(closed.body.desks).toHaveLength(2);
      for (const desk of closed.body.desks) expect(desk.free).toEqual([]);

      // the day before is not affected
      const before = await t.http().get(`/api/spaces/${space.id}/availability?date=2027-10-21`).expect(200);
      expect(before.body.open).toHaveLength(1);

      await reopen(space.id, '2027-10-22').expect(204);
      const open = await t.http().get(`/api/spaces/${space.id}/availability?date=2027-10-22`).expect(200);
      expect(open.body.open).toEqual([{ start: '2027-10-22T07:00:00.000Z', end: '2027-10-22T15:00:00.000Z' }]);
    });
  });
});
