import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, registerUser, startApp, type TestApp } from './harness.js';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('books a desk', async () => {
    const space = await createSpace(t);
    const user = await registerUser(t);
    const res = await book(t, user.token, {
      deskId: space.deskIds[0],
      start: '2027-10-21T07:00:00Z',
      end: '2027-10-21T10:00:00Z',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const avail = await t.http().get(`/api/spaces/${space.id}/availability?date=2027-10-21`).expect(200);
    expect(avail.body.desks[0].free).toEqual([{ start: '2027-10-21T10:00:00.000Z', end: '2027-10-21T15:00:00.000Z' }]);
    const me = await t.http().get('/api/me').set(auth(user.token)).expect(200);
    expect(me.body.calendarUrl).toMatch(/\/api\/calendar\/.+\.ics$/);
  });
});
