/**
 * Double bookings are impossible under concurrency: the database decides, not a check-then-insert.
 * On PGlite requests are serialised; on PostgreSQL they truly race through a pool of connections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, registerUser, startApp, type TestApp, type TestUser } from '../harness.js';
import { availability, freeOf, listBookings } from './fixtures.js';

describe('concurrent bookings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const registerMany = async (n: number) => {
    const users: TestUser[] = [];
    for (let i = 0; i < n; i++) users.push(await registerUser(t));
    return users;
  };

  it('30 people racing for one desk and time: exactly one 201, 29 × 409', async () => {
    const space = await createSpace(t, { desks: 1 });
    const users = await registerMany(30);
    const body = { deskId: space.deskIds[0], start: '2027-10-21T07:00:00Z', end: '2027-10-21T11:00:00Z' };

    const responses = await Promise.all(users.map((u) => book(t, u.token, body)));

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    for (const r of responses.filter((r) => r.status === 409)) expectProblem(r, 409);

    const winner = responses.find((r) => r.status === 201)!;
    const stored = await listBookings(t, t.adminToken, { spaceId: space.id });
    expect(stored.map((b) => b.id)).toEqual([winner.body.id]);
    expect(freeOf(await availability(t, space.id, '2027-10-21'), space.deskIds[0])).toEqual([
      { start: '2027-10-21T11:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
  });

  it('partly overlapping concurrent requests never leave two overlapping bookings on a desk', async () => {
    const space = await createSpace(t, { desks: 1 });
    const users = await registerMany(12);
    // staggered one-hour steps, each request three hours long: neighbours overlap
    const bodies = users.map((_, i) => ({
      deskId: space.deskIds[0],
      start: new Date(Date.parse('2027-10-21T07:00:00Z') + (i % 6) * 3600_000).toISOString(),
      end: new Date(Date.parse('2027-10-21T07:00:00Z') + ((i % 6) + 2) * 3600_000).toISOString(),
    }));
    const responses = await Promise.all(users.map((u, i) => book(t, u.token, bodies[i]!)));
    expect(responses.every((r) => r.status === 201 || r.status === 409)).toBe(true);

    const stored = (await listBookings(t, t.adminToken, { spaceId: space.id })).sort((a, b) => a.start.localeCompare(b.start));
    expect(stored.length).toBe(responses.filter((r) => r.status === 201).length);
    expect(stored.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < stored.length; i++) expect(Date.parse(stored[i]!.start)).toBeGreaterThanOrEqual(Date.parse(stored[i - 1]!.end));
  });

  it('one person racing for several desks at the same time gets exactly one of them', async () => {
    const space = await createSpace(t, { desks: 8 });
    const user = await registerUser(t);
    const responses = await Promise.all(
      space.deskIds.map((deskId) => book(t, user.token, { deskId, start: '2027-10-21T07:00:00Z', end: '2027-10-21T11:00:00Z' })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(7);
    const mine = await t.http().get('/api/bookings').set(auth(user.token)).expect(200);
    expect(mine.body).toHaveLength(1);
  });
});
