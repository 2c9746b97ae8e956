/**
 * Favourite desks: GET/PUT/DELETE /api/me/favourites — idempotent marking, unknown desks, each
 * person sees only their own, and the limit holds when many requests arrive at once.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAVOURITES_MAX, type FavouriteDesk } from '@popdesk/shared';
import { rows } from '../../src/db/db.js';
import { auth, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';

describe('favourite desks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const mark = (token: string, deskId: string) => t.http().put(`/api/me/favourites/${deskId}`).set(auth(token));
  const unmark = (token: string, deskId: string) => t.http().delete(`/api/me/favourites/${deskId}`).set(auth(token));
  const list = async (token: string): Promise<FavouriteDesk[]> =>
    (await t.http().get('/api/me/favourites').set(auth(token)).expect(200)).body;

  it('marks a desk once (201, then 204), lists it with its space, and unmarks it', async () => {
    const space = await createSpace(t, { desks: 2, body: { name: 'Altes Rathaus', town: 'Eltville' } });
    const me = await registerUser(t);
    expect(await list(me.token)).toEqual([]);

    const first = await mark(me.token, space.deskIds[1]!).expect(201);
    expect(first.body).toMatchObject({ deskId: space.deskIds[1], spaceId: space.id });
    expect((await mark(me.token, space.deskIds[1]!)).status).toBe(204);
    t.setNow('2027-10-20T10:05:00Z');
    expect((await mark(me.token, space.deskIds[0]!)).status).toBe(201);
    t.setNow('2027-10-20T10:00:00Z');

    expect(await list(me.token)).toEqual([
      {
        deskId: space.deskIds[1],
        deskName: 'Desk 2',
        spaceId: space.id,
        spaceName: 'Altes Rathaus',
        town: 'Eltville',
        createdAt: '2027-10-20T10:00:00.000Z',
      },
      expect.objectContaining({ deskId: space.deskIds[0], deskName: 'Desk 1', createdAt: '2027-10-20T10:05:00.000Z' }),
    ]);

    await unmark(me.token, space.deskIds[1]!).expect(204);
    await unmark(me.token, space.deskIds[1]!).expect(204); // not one any more: still 204
    expect((await list(me.token)).map((f) => f.deskId)).toEqual([space.deskIds[0]]);
  });

  it('answers 404 for an unknown desk and 400 for a malformed id; signed out 401', async () => {
    const me = await registerUser(t);
    expectProblem(await mark(me.token, randomUUID()), 404);
    expectProblem(await mark(me.token, 'not-a-desk'), 400);
    expectProblem(await t.http().get('/api/me/favourites'), 401);
    expect(await list(me.token)).toEqual([]);
  });

  it('shows and removes only the caller’s own favourites', async () => {
    const space = await createSpace(t, { desks: 1 });
    const [a, b] = [await registerUser(t), await registerUser(t)];
    await mark(a.token, space.deskIds[0]!).expect(201);
    expect(await list(b.token)).toEqual([]);
    await unmark(b.token, space.deskIds[0]!).expect(204);
    expect((await list(a.token)).map((f) => f.deskId)).toEqual([space.deskIds[0]]);
    // b marking the same desk is b's own first time
    await mark(b.token, space.deskIds[0]!).expect(201);
  });

  it('a deleted desk leaves the list', async () => {
    const space = await createSpace(t, { desks: 1 });
    const me = await registerUser(t);
    await mark(me.token, space.deskIds[0]!).expect(201);
    await t.http().delete(`/api/desks/${space.deskIds[0]}`).set(auth(t.adminToken)).expect(204);
    expect(await list(me.token)).toEqual([]);
  });

  it(`keeps at most ${FAVOURITES_MAX}, even when they all arrive at once (422 too-many-favourites)`, async () => {
    const space = await createSpace(t, { desks: 0 });
    // the desks straight into the table: the API would take a request each
    const made = await rows<{ id: string }>(
      t.app.db,
      sql`insert into desks (space_id, name)
        select ${space.id}::uuid, 'Fav ' || g from generate_series(1, ${FAVOURITES_MAX + 2}) g returning id`,
    );
    const deskIds = made.map((d) => d.id);
    const me = await registerUser(t);
    const answers = await Promise.all(deskIds.map((id) => mark(me.token, id)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(FAVOURITES_MAX);
    const refused = answers.filter((r) => r.status === 422);
    expect(refused).toHaveLength(2);
    expect(expectProblem(refused[0]!, 422).type).toMatch(/\/too-many-favourites$/);
    expect(await list(me.token)).toHaveLength(FAVOURITES_MAX);

    // at the limit, marking one already marked is still 204; after removing one, a new one fits
    const kept = (await list(me.token))[0]!.deskId;
    expect((await mark(me.token, kept)).status).toBe(204);
    const left = deskIds.find((_id, i) => answers[i]!.status === 422)!;
    await unmark(me.token, kept).expect(204);
    await mark(me.token, left).expect(201);
    expect(await list(me.token)).toHaveLength(FAVOURITES_MAX);
  });
});
