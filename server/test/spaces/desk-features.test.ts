import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, makeStaff, startApp, type TestApp } from '../harness.js';

/** Desk features and plan positions (contract, "At the door"), and the availability filter. */
describe('desk features', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const addDesk = (spaceId: string, body: Record<string, unknown>, token = t.adminToken) =>
    t.http().post(`/api/spaces/${spaceId}/desks`).set(auth(token)).send(body);
  const patchDesk = (deskId: string, body: Record<string, unknown>, token = t.adminToken) =>
    t.http().patch(`/api/desks/${deskId}`).set(auth(token)).send(body);
  const storedDesk = async (spaceId: string, deskId: string) => {
    const detail = await t.http().get(`/api/spaces/${spaceId}`).expect(200);
    return detail.body.desks.find((d: { id: string }) => d.id === deskId);
  };
  const availableNames = async (spaceId: string, features?: string) => {
    const res = await t
      .http()
      .get(`/api/spaces/${spaceId}/availability`)
      .query({ date: '2027-10-21', ...(features === undefined ? {} : { features }) })
      .expect(200);
    return (res.body.desks as { name: string }[]).map((d) => d.name);
  };

  describe('on create and PATCH', () => {
    it('keeps the features (in the canonical order) and the plan position of a new desk', async () => {
      const space = await createSpace(t, { desks: 0 });
      const res = await addDesk(space.id, { name: 'Window', features: ['window', 'monitor'], planX: 0.25, planY: 0.5 });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ features: ['monitor', 'window'], planX: 0.25, planY: 0.5 });
      expect(await storedDesk(space.id, res.body.id)).toMatchObject({
        features: ['monitor', 'window'],
        planX: 0.25,
        planY: 0.5,
      });
    });

    it('lets the space’s staff change the features and the position, and take the desk off the plan', async () => {
      const space = await createSpace(t, { desks: 1 });
      const staff = await makeStaff(t, [space.id]);
      const deskId = space.deskIds[0]!;
      await patchDesk(deskId, { features: ['quiet', 'power'], planX: 0.1, planY: 0.9 }, staff.token).expect(200);
      expect(await storedDesk(space.id, deskId)).toMatchObject({
        features: ['quiet', 'power'],
        planX: 0.1,
        planY: 0.9,
      });

      // a PATCH of something else leaves them as they are
      await patchDesk(deskId, { name: 'Renamed' }, staff.token).expect(200);
      expect(await storedDesk(space.id, deskId)).toMatchObject({
        features: ['quiet', 'power'],
        planX: 0.1,
        planY: 0.9,
      });

      const res = await patchDesk(deskId, { features: [], planX: null, planY: null }, staff.token).expect(200);
      expect(res.body).toMatchObject({ features: [], planX: null, planY: null });
      expect(await storedDesk(space.id, deskId)).toMatchObject({ features: [], planX: null, planY: null });
    });

    it.each([
      ['only planX', { planX: 0.5 }],
      ['only planY', { planY: 0.5 }],
      ['a number and a null', { planX: 0.5, planY: null }],
    ])('answers 422 plan-position-incomplete for %s, on create and on PATCH', async (_, position) => {
      const space = await createSpace(t, { desks: 1 });
      const created = expectProblem(await addDesk(space.id, { name: 'Half', ...position }), 422);
      expect(created.type).toMatch(/\/plan-position-incomplete$/);
      const patched = expectProblem(await patchDesk(space.deskIds[0]!, position), 422);
      expect(patched.type).toMatch(/\/plan-position-incomplete$/);
      expect(await storedDesk(space.id, space.deskIds[0]!)).toMatchObject({ planX: null, planY: null });
    });

    it('answers 400 for an unknown feature or a position off the plan', async () => {
      const space = await createSpace(t, { desks: 1 });
      expectProblem(await addDesk(space.id, { name: 'x', features: ['jacuzzi'] }), 400);
      expectProblem(await addDesk(space.id, { name: 'x', features: ['quiet', 'quiet'] }), 400);
      expectProblem(await patchDesk(space.deskIds[0]!, { planX: 1.5, planY: 0.5 }), 400);
      expect(await storedDesk(space.id, space.deskIds[0]!)).toMatchObject({ features: [], planX: null });
    });

    // our choice: features describe a desk for one person; a room refuses them instead of hiding them
    it('refuses features on a room (422 features-for-desks-only); a desk made a room loses them', async () => {
      const space = await createSpace(t, { desks: 1 });
      const refused = expectProblem(
        await addDesk(space.id, { name: 'Room', kind: 'room', seats: 6, features: ['monitor'] }),
        422,
      );
      expect(refused.type).toMatch(/\/features-for-desks-only$/);
      const room = await addDesk(space.id, { name: 'Room', kind: 'room', seats: 6, planX: 0.5, planY: 0.5 }).expect(
        201,
      );
      expect(room.body).toMatchObject({ features: [], planX: 0.5, planY: 0.5 });
      expectProblem(await patchDesk(room.body.id, { features: ['quiet'] }), 422);

      const deskId = space.deskIds[0]!;
      await patchDesk(deskId, { features: ['monitor'] }).expect(200);
      expectProblem(await patchDesk(deskId, { kind: 'room', features: ['monitor'] }), 422);
      const made = await patchDesk(deskId, { kind: 'room', seats: 4 }).expect(200);
      expect(made.body).toMatchObject({ kind: 'room', features: [] });
    });
  });

  describe('GET /api/spaces/:spaceId/availability?features=', () => {
    it('says each place’s features and lists only the desks that have all the asked ones', async () => {
      const space = await createSpace(t, { desks: 0 });
      await addDesk(space.id, { name: 'A', features: ['monitor', 'quiet', 'window'] }).expect(201);
      await addDesk(space.id, { name: 'B', features: ['monitor'] }).expect(201);
      await addDesk(space.id, { name: 'C', features: ['quiet'] }).expect(201);
      await addDesk(space.id, { name: 'D' }).expect(201);
      await addDesk(space.id, { name: 'Room', kind: 'room', seats: 8 }).expect(201);

      const all = await t.http().get(`/api/spaces/${space.id}/availability`).query({ date: '2027-10-21' }).expect(200);
      expect(all.body.desks.map((d: { name: string; features: string[] }) => [d.name, d.features])).toEqual([
        ['A', ['monitor', 'quiet', 'window']],
        ['B', ['monitor']],
        ['C', ['quiet']],
        ['D', []],
        ['Room', []],
      ]);
      expect(await availableNames(space.id, 'monitor')).toEqual(['A', 'B']);
      expect(await availableNames(space.id, 'monitor,quiet')).toEqual(['A']);
      expect(await availableNames(space.id, 'quiet,monitor')).toEqual(['A']);
      expect(await availableNames(space.id, 'monitor,docking')).toEqual([]);
      // an empty filter filters nothing
      expect(await availableNames(space.id, '')).toEqual(['A', 'B', 'C', 'D', 'Room']);
    });

    it('answers 400 naming an unknown feature', async () => {
      const space = await createSpace(t, { desks: 1 });
      const problem = expectProblem(
        await t
          .http()
          .get(`/api/spaces/${space.id}/availability`)
          .query({ date: '2027-10-21', features: 'monitor,jacuzzi' }),
        400,
      );
      expect(problem.detail).toContain('"jacuzzi"');
      expect(problem.errors).toEqual([{ path: 'querystring.features', message: expect.stringContaining('jacuzzi') }]);
    });

    it('answers a filtered request anew after the desk’s features change (no stale cached answer)', async () => {
      const space = await createSpace(t, { desks: 2 });
      expect(await availableNames(space.id, 'standing')).toEqual([]);
      await patchDesk(space.deskIds[1]!, { features: ['standing'] }).expect(200);
      expect(await availableNames(space.id, 'standing')).toEqual(['Desk 2']);
      expect(await availableNames(space.id)).toEqual(['Desk 1', 'Desk 2']);
      await patchDesk(space.deskIds[1]!, { features: [] }).expect(200);
      expect(await availableNames(space.id, 'standing')).toEqual([]);
    });
  });
});
