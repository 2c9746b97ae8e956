import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, startApp, type TestApp } from './harness.js';

describe('PATCH with nothing known to change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('answers 400, not 500, when only unknown fields are sent', async () => {
    const space = await createSpace(t);
    for (const [path, body] of [
      [`/api/spaces/${space.id}`, { foo: 1 }],
      [`/api/desks/${space.deskIds[0]}`, { bar: 'x' }],
      ['/api/me', { unknown: true }],
      [`/api/spaces/${space.id}`, {}],
    ] as const) {
      const problem = expectProblem(await t.http().patch(path).set(auth(t.adminToken)).send(body), 400);
      expect(problem.errors?.[0]?.message).toMatch(/at least 1|fewer than 1/);
    }
  });

  it('still drops unknown fields next to known ones', async () => {
    const space = await createSpace(t);
    const res = await t
      .http()
      .patch(`/api/spaces/${space.id}`)
      .set(auth(t.adminToken))
      .send({ town: 'Mölln', foo: 1 })
      .expect(200);
    expect(res.body.town).toBe('Mölln');
    expect(res.body).not.toHaveProperty('foo');
  });
});
