import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

describe('PUT /api/users/:userId/role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const setRole = (token: string, userId: string, body: Record<string, unknown>) =>
    t.http().put(`/api/users/${userId}/role`).set(auth(token)).send(body);

  it('lets an admin make someone staff of spaces: 200 with the user', async () => {
    const [a, b] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
    const user = await registerUser(t, { name: 'Future Staff' });
    const res = await setRole(t.adminToken, user.id, { role: 'staff', spaceIds: [a.id, b.id] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, email: user.email, name: 'Future Staff', role: 'staff' });
    expect([...res.body.spaceIds].sort()).toEqual([a.id, b.id].sort());

    const me = await t.http().get('/api/me').set(auth(user.token)).expect(200);
    expect(me.body.role).toBe('staff');
    expect([...me.body.spaceIds].sort()).toEqual([a.id, b.id].sort());
  });

  it('takes effect at once, on tokens issued before the change', async () => {
    const space = await createSpace(t, { desks: 0 });
    const user = await registerUser(t);
    expectProblem(
      await t.http().patch(`/api/spaces/${space.id}`).set(auth(user.token)).send({ name: 'Mine now' }),
      403,
    );
    await setRole(t.adminToken, user.id, { role: 'staff', spaceIds: [space.id] }).expect(200);
    await t.http().patch(`/api/spaces/${space.id}`).set(auth(user.token)).send({ name: 'Mine now' }).expect(200);

    await setRole(t.adminToken, user.id, { role: 'coworker' }).expect(200);
    expectProblem(
      await t.http().patch(`/api/spaces/${space.id}`).set(auth(user.token)).send({ name: 'Not mine' }),
      403,
    );
  });

  it('replaces the list of spaces rather than adding to it', async () => {
    const [a, b] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
    const staff = await makeStaff(t, [a.id]);
    const res = await setRole(t.adminToken, staff.id, { role: 'staff', spaceIds: [b.id] }).expect(200);
    expect(res.body.spaceIds).toEqual([b.id]);
    expectProblem(await t.http().patch(`/api/spaces/${a.id}`).set(auth(staff.token)).send({ name: 'x' }), 403);
  });

  it('clears the spaces when someone stops being staff, and admins have none listed', async () => {
    const space = await createSpace(t, { desks: 0 });
    const staff = await makeStaff(t, [space.id]);
    const demoted = await setRole(t.adminToken, staff.id, { role: 'coworker' }).expect(200);
    expect(demoted.body).toMatchObject({ role: 'coworker', spaceIds: [] });

    const admin = await setRole(t.adminToken, staff.id, { role: 'admin', spaceIds: [space.id] }).expect(200);
    expect(admin.body).toMatchObject({ role: 'admin', spaceIds: [] });
    // an admin may do everything, including creating spaces
    await t
      .http()
      .post('/api/spaces')
      .set(auth(staff.token))
      .send({ name: 'By new admin', town: 'Eltville' })
      .expect(201);
  });

  it('answers 403 to a coworker and to staff', async () => {
    const space = await createSpace(t, { desks: 0 });
    const coworker = await registerUser(t);
    const staff = await makeStaff(t, [space.id]);
    const target = await registerUser(t);
    expectProblem(await setRole(coworker.token, target.id, { role: 'staff', spaceIds: [space.id] }), 403);
    expectProblem(await setRole(coworker.token, coworker.id, { role: 'admin' }), 403);
    expectProblem(await setRole(staff.token, target.id, { role: 'staff', spaceIds: [space.id] }), 403);
    const me = await t.http().get('/api/me').set(auth(target.token)).expect(200);
    expect(me.body.role).toBe('coworker');
  });

  it('answers 401 without a token', async () => {
    const target = await registerUser(t);
    expectProblem(await t.http().put(`/api/users/${target.id}/role`).send({ role: 'admin' }), 401);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expectProblem(await setRole(t.adminToken, randomUUID(), { role: 'staff' }), 404);
    expectProblem(await setRole(t.adminToken, 'not-a-uuid', { role: 'staff' }), 400);
  });

  it('answers 404 for an erased user', async () => {
    const user = await registerUser(t);
    await t.http().delete('/api/me').set(auth(user.token)).expect(204);
    expectProblem(await setRole(t.adminToken, user.id, { role: 'staff' }), 404);
  });

  it('answers 422 for an unknown space and changes nothing', async () => {
    const space = await createSpace(t, { desks: 0 });
    const user = await registerUser(t);
    const body = expectProblem(
      await setRole(t.adminToken, user.id, { role: 'staff', spaceIds: [space.id, randomUUID()] }),
      422,
    );
    expect(body.type).toMatch(/unknown-space/);
    const me = await t.http().get('/api/me').set(auth(user.token)).expect(200);
    expect(me.body).toMatchObject({ role: 'coworker', spaceIds: [] });
  });

  it.each([
    ['an unknown role', { role: 'superuser' }, 'body.role'],
    ['a missing role', { spaceIds: [] }, 'body.role'],
    ['a malformed space id', { role: 'staff', spaceIds: ['nope'] }, 'body.spaceIds.0'],
    ['spaceIds that is not a list', { role: 'staff', spaceIds: 'nope' }, 'body.spaceIds'],
  ])('answers 400 for %s', async (_what, body, path) => {
    const user = await registerUser(t);
    const problem = expectProblem(await setRole(t.adminToken, user.id, body), 400);
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });

  it('answers 400 when a space is listed twice', async () => {
    const space = await createSpace(t, { desks: 0 });
    const user = await registerUser(t);
    expectProblem(await setRole(t.adminToken, user.id, { role: 'staff', spaceIds: [space.id, space.id] }), 400);
  });
});
