import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, startApp, type TestApp } from '../harness.js';

describe('names and time-zone spelling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('rejects names with nothing visible in them', async () => {
    expectProblem(await t.http().post('/api/spaces').set(auth(t.adminToken)).send({ name: '   ', town: 'Mölln' }), 400);
    const space = await createSpace(t, { desks: 1 });
    expectProblem(
      await t.http().post(`/api/spaces/${space.id}/desks`).set(auth(t.adminToken)).send({ name: ' \t ' }),
      400,
    );
    expectProblem(
      await t
        .http()
        .post('/api/auth/register')
        .send({ email: 'blank-name@test.popdesk', password: 'long enough password', name: '  ' }),
      400,
    );
  });

  it('stores a time zone in its canonical spelling', async () => {
    const res = await t
      .http()
      .post('/api/spaces')
      .set(auth(t.adminToken))
      .send({ name: 'Zone', town: 'Mölln', timezone: 'europe/berlin' })
      .expect(201);
    expect(res.body.timezone).toBe('Europe/Berlin');
    const patched = await t
      .http()
      .patch(`/api/spaces/${res.body.id}`)
      .set(auth(t.adminToken))
      .send({ timezone: 'pacific/auckland' })
      .expect(200);
    expect(patched.body.timezone).toBe('Pacific/Auckland');
  });

  it('lists desks in natural order (Desk 2 before Desk 10)', async () => {
    const space = await createSpace(t, { desks: 0 });
    for (const name of ['Desk 10', 'Desk 2', 'Desk 1']) {
      await t.http().post(`/api/spaces/${space.id}/desks`).set(auth(t.adminToken)).send({ name }).expect(201);
    }
    const detail = await t.http().get(`/api/spaces/${space.id}`).expect(200);
    expect(detail.body.desks.map((d: { name: string }) => d.name)).toEqual(['Desk 1', 'Desk 2', 'Desk 10']);
    const avail = await t.http().get(`/api/spaces/${space.id}/availability?date=2027-10-21`).expect(200);
    expect(avail.body.desks.map((d: { name: string }) => d.name)).toEqual(['Desk 1', 'Desk 2', 'Desk 10']);
  });
});
