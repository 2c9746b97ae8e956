/**
 * GET /api/users (admin search), answered by one query with each staff member's spaces in the
 * same select: roles and spaces as PUT /role left them, matching on e-mail or name with `%` and
 * `_` taken literally, ordered by e-mail, limited, erased accounts left out.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

describe('GET /api/users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const search = (query: Record<string, string | number>) =>
    t.http().get('/api/users').query(query).set(auth(t.adminToken));

  it('lists coworkers, staff with their spaces and admins, as /role answers them, by e-mail', async () => {
    const tag = `Tag${randomUUID().slice(0, 8)}`;
    const [a, b] = [await createSpace(t, { desks: 0 }), await createSpace(t, { desks: 0 })];
    const coworker = await registerUser(t, { name: `${tag} Coworker` });
    const staff = await registerUser(t, { name: `${tag} Staff` });
    const roleAnswer = (
      await t
        .http()
        .put(`/api/users/${staff.id}/role`)
        .set(auth(t.adminToken))
        .send({ role: 'staff', spaceIds: [b.id, a.id] })
        .expect(200)
    ).body;
    const admin = await registerUser(t, { name: `${tag} Admin` });
    await t.http().put(`/api/users/${admin.id}/role`).set(auth(t.adminToken)).send({ role: 'admin' }).expect(200);

    const res = await search({ q: tag }).expect(200);
    const expected = [coworker, staff, admin].sort((x, y) => (x.email < y.email ? -1 : 1));
    expect(res.body.map((u: { id: string }) => u.id)).toEqual(expected.map((u) => u.id));
    const byId = new Map(res.body.map((u: { id: string }) => [u.id, u]));
    expect(byId.get(staff.id)).toEqual(roleAnswer);
    expect(byId.get(staff.id)).toMatchObject({
      role: 'staff',
      spaceIds: [a.id, b.id].sort(),
      name: `${tag} Staff`,
      email: staff.email,
      group: 'other',
      locale: 'de',
    });
    expect(byId.get(coworker.id)).toMatchObject({ role: 'coworker', spaceIds: [] });
    expect(byId.get(admin.id)).toMatchObject({ role: 'admin', spaceIds: [] });
    // each row is what GET /me shows that person (apart from the calendar URL)
    const me = (await t.http().get('/api/me').set(auth(staff.token)).expect(200)).body;
    expect({ ...me, calendarUrl: undefined }).toMatchObject(byId.get(staff.id) as object);
  });

  it('matches e-mail or name case-insensitively, takes % and _ literally, and limits', async () => {
    const tag = `pct${randomUUID().slice(0, 8)}`;
    const literal = await registerUser(t, { name: `${tag} 100%_sure` });
    await registerUser(t, { name: `${tag} 100x sure` });
    const bySign = await search({ q: `${tag} 100%_` }).expect(200);
    expect(bySign.body.map((u: { id: string }) => u.id)).toEqual([literal.id]);
    const byMail = await search({ q: literal.email.toUpperCase() }).expect(200);
    expect(byMail.body.map((u: { id: string }) => u.id)).toEqual([literal.id]);
    expect((await search({ q: tag }).expect(200)).body).toHaveLength(2);
    expect((await search({ q: tag, limit: 1 }).expect(200)).body).toHaveLength(1);
  });

  it('leaves erased accounts out and gives staff only their own narrower search', async () => {
    const space = await createSpace(t, { desks: 0 });
    const staff = await makeStaff(t, [space.id]);
    const tag = `gone${randomUUID().slice(0, 8)}`;
    const gone = await registerUser(t, { name: tag });
    await t.http().delete('/api/me').set(auth(gone.token)).expect(204);
    expect((await search({ q: tag }).expect(200)).body).toEqual([]);
    // staff search only those who booked in their spaces (staff-user-search.test.ts): none here
    expect((await t.http().get('/api/users').query({ q: tag }).set(auth(staff.token)).expect(200)).body).toEqual([]);
    expectProblem(await t.http().get('/api/users'), 401);
  });
});
