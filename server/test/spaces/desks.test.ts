import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

describe('desks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const addDesk = (token: string, spaceId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/spaces/${spaceId}/desks`).set(auth(token)).send(body);
  const patchDesk = (token: string, deskId: string, body: Record<string, unknown>) =>
    t.http().patch(`/api/desks/${deskId}`).set(auth(token)).send(body);
  const deskCount = async (spaceId: string) =>
    (await t.http().get(`/api/spaces/${spaceId}`).expect(200)).body.deskCount as number;

  describe('POST /api/spaces/:spaceId/desks', () => {
    it('adds a desk: 201 with the desk, and the space counts it', async () => {
      const space = await createSpace(t, { desks: 0 });
      expect(await deskCount(space.id)).toBe(0);
      const res = await addDesk(t.adminToken, space.id, { name: 'Window seat' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        spaceId: space.id,
        name: 'Window seat',
        activeFrom: null,
        activeUntil: null,
        kind: 'desk',
        seats: null,
        features: [],
        planX: null,
        planY: null,
      });
      expect(await deskCount(space.id)).toBe(1);
      await addDesk(t.adminToken, space.id, { name: 'Second' }).expect(201);
      expect(await deskCount(space.id)).toBe(2);
    });

    it('keeps the active dates and trims the name', async () => {
      const space = await createSpace(t, { desks: 0 });
      const res = await addDesk(t.adminToken, space.id, {
        name: '  Corner  ',
        activeFrom: '2027-11-01',
        activeUntil: '2027-12-31',
      }).expect(201);
      expect(res.body).toMatchObject({ name: 'Corner', activeFrom: '2027-11-01', activeUntil: '2027-12-31' });
      const detail = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(detail.body.desks).toEqual([res.body]);
    });

    it('lets the space’s staff add desks, but not staff of another space or a coworker', async () => {
      const [space, other] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
      const staff = await makeStaff(t, [space.id]);
      const otherStaff = await makeStaff(t, [other.id]);
      const coworker = await registerUser(t);
      await addDesk(staff.token, space.id, { name: 'By staff' }).expect(201);
      expectProblem(await addDesk(otherStaff.token, space.id, { name: 'Nope' }), 403);
      expectProblem(await addDesk(coworker.token, space.id, { name: 'Nope' }), 403);
      expect(await deskCount(space.id)).toBe(1);
    });

    it('answers 401 without a token and 404 for an unknown space', async () => {
      const space = await createSpace(t, { desks: 0 });
      expectProblem(await t.http().post(`/api/spaces/${space.id}/desks`).send({ name: 'x' }), 401);
      expectProblem(await addDesk(t.adminToken, randomUUID(), { name: 'x' }), 404);
    });

    it('answers 422 when the desk would retire before it starts', async () => {
      const space = await createSpace(t, { desks: 0 });
      expectProblem(
        await addDesk(t.adminToken, space.id, { name: 'x', activeFrom: '2027-12-01', activeUntil: '2027-11-30' }),
        422,
      );
      expect(await deskCount(space.id)).toBe(0);
    });

    it.each([
      ['an impossible date', { name: 'x', activeFrom: '2027-02-30' }, 'body.activeFrom'],
      ['a malformed date', { name: 'x', activeUntil: '2027/12/01' }, 'body.activeUntil'],
      ['a missing name', { activeFrom: '2027-11-01' }, 'body.name'],
      ['an empty name', { name: '' }, 'body.name'],
    ])('answers 400 for %s', async (_what, body, path) => {
      const space = await createSpace(t, { desks: 0 });
      const problem = expectProblem(await addDesk(t.adminToken, space.id, body), 400);
      expect(problem.errors?.map((e) => e.path)).toContain(path);
    });
  });

  describe('PATCH /api/desks/:deskId', () => {
    it('renames a desk', async () => {
      const space = await createSpace(t, { desks: 1 });
      const res = await patchDesk(t.adminToken, space.deskIds[0]!, { name: 'Standing desk' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({
        id: space.deskIds[0],
        spaceId: space.id,
        name: 'Standing desk',
        activeFrom: null,
        activeUntil: null,
        kind: 'desk',
        seats: null,
        features: [],
        planX: null,
        planY: null,
      });
      const detail = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(detail.body.desks[0].name).toBe('Standing desk');
    });

    it('sets and clears the active dates, and a retired desk is no longer counted', async () => {
      const space = await createSpace(t, { desks: 2 });
      const deskId = space.deskIds[0]!;
      const retired = await patchDesk(t.adminToken, deskId, { activeUntil: '2027-10-01' }).expect(200);
      expect(retired.body).toMatchObject({ name: 'Desk 1', activeFrom: null, activeUntil: '2027-10-01' });
      expect(await deskCount(space.id)).toBe(1);

      const back = await patchDesk(t.adminToken, deskId, { activeUntil: null, activeFrom: '2027-11-01' }).expect(200);
      expect(back.body).toMatchObject({ activeFrom: '2027-11-01', activeUntil: null });
      expect(await deskCount(space.id)).toBe(2);
    });

    it('checks the active period against the stored dates', async () => {
      const space = await createSpace(t, { desks: 0 });
      const desk = await addDesk(t.adminToken, space.id, {
        name: 'x',
        activeFrom: '2027-11-01',
        activeUntil: '2027-11-30',
      }).expect(201);
      expectProblem(await patchDesk(t.adminToken, desk.body.id, { activeUntil: '2027-10-31' }), 422);
      expectProblem(await patchDesk(t.adminToken, desk.body.id, { activeFrom: '2027-12-01' }), 422);
      const detail = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(detail.body.desks[0]).toMatchObject({ activeFrom: '2027-11-01', activeUntil: '2027-11-30' });
    });

    it('lets the space’s staff change it, but not staff of another space or a coworker', async () => {
      const [space, other] = [await createSpace(t, { desks: 1 }), await createSpace(t, { desks: 0 })];
      const staff = await makeStaff(t, [space.id]);
      const otherStaff = await makeStaff(t, [other.id]);
      const coworker = await registerUser(t);
      await patchDesk(staff.token, space.deskIds[0]!, { name: 'Staff renamed' }).expect(200);
      expectProblem(await patchDesk(otherStaff.token, space.deskIds[0]!, { name: 'Nope' }), 403);
      expectProblem(await patchDesk(coworker.token, space.deskIds[0]!, { name: 'Nope' }), 403);
    });

    it('answers 404 for an unknown desk, 400 for a malformed id or an empty body, 401 without a token', async () => {
      const space = await createSpace(t, { desks: 1 });
      expectProblem(await patchDesk(t.adminToken, randomUUID(), { name: 'x' }), 404);
      expectProblem(await patchDesk(t.adminToken, 'desk-1', { name: 'x' }), 400);
      expectProblem(await patchDesk(t.adminToken, space.deskIds[0]!, {}), 400);
      expectProblem(await patchDesk(t.adminToken, space.deskIds[0]!, { activeFrom: '2027-13-01' }), 400);
      expectProblem(await t.http().patch(`/api/desks/${space.deskIds[0]}`).send({ name: 'x' }), 401);
    });
  });

  describe('DELETE /api/desks/:deskId', () => {
    it('deletes a desk that never had bookings: 204, and it is gone', async () => {
      const space = await createSpace(t, { desks: 2 });
      const res = await t.http().delete(`/api/desks/${space.deskIds[0]}`).set(auth(t.adminToken));
      expect(res.status).toBe(204);
      const detail = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(detail.body.desks.map((d: { id: string }) => d.id)).toEqual([space.deskIds[1]]);
      expect(detail.body.deskCount).toBe(1);
      expectProblem(await t.http().delete(`/api/desks/${space.deskIds[0]}`).set(auth(t.adminToken)), 404);
    });

    it('answers 409 for a desk with bookings and keeps it', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      await book(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T08:00:00Z',
      }).expect(201);
      const body = expectProblem(await t.http().delete(`/api/desks/${space.deskIds[0]}`).set(auth(t.adminToken)), 409);
      expect(body.type).toMatch(/desk-has-bookings/);
      const detail = await t.http().get(`/api/spaces/${space.id}`).expect(200);
      expect(detail.body.desks.map((d: { id: string }) => d.id)).toContain(space.deskIds[0]);
    });

    it('answers 409 even when the only booking was cancelled', async () => {
      const space = await createSpace(t);
      const user = await registerUser(t);
      const booking = await book(t, user.token, {
        deskId: space.deskIds[0],
        start: '2027-10-21T07:00:00Z',
        end: '2027-10-21T08:00:00Z',
      }).expect(201);
      await t.http().post(`/api/bookings/${booking.body.id}/cancel`).set(auth(user.token)).expect(200);
      expectProblem(await t.http().delete(`/api/desks/${space.deskIds[0]}`).set(auth(t.adminToken)), 409);
    });

    it('lets the space’s staff delete, but not a coworker or staff of another space', async () => {
      const [space, other] = [await createSpace(t, { desks: 2 }), await createSpace(t, { desks: 0 })];
      const staff = await makeStaff(t, [space.id]);
      const otherStaff = await makeStaff(t, [other.id]);
      const coworker = await registerUser(t);
      expectProblem(await t.http().delete(`/api/desks/${space.deskIds[0]}`).set(auth(coworker.token)), 403);
      expectProblem(await t.http().delete(`/api/desks/${space.deskIds[0]}`).set(auth(otherStaff.token)), 403);
      expectProblem(await t.http().delete(`/api/desks/${space.deskIds[0]}`), 401);
      await t.http().delete(`/api/desks/${space.deskIds[0]}`).set(auth(staff.token)).expect(204);
    });
  });
});
