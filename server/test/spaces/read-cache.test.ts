/**
 * The read caches (plugins/caches.ts): answers come from memory while nothing changed, and every
 * kind of change reaches them — this instance's own writes at once, anything else (another
 * instance, a background job, plain SQL) through the database's change notifications.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpaceSummary } from '@popdesk/shared';
import { ReadCache } from '../../src/lib/read-cache.js';
import { auth, book, createSpace, isPostgres, registerUser, startApp, type TestApp } from '../harness.js';

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));

/** Polls until `check` passes (change notifications from PostgreSQL arrive asynchronously). */
async function eventually(check: () => Promise<void>, timeoutMs = 3_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

describe('read caches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T06:00:00Z' });
  });
  afterAll(() => t.close());

  const freeOf = async (app: TestApp, spaceId: string, date: string, deskId: string) => {
    const res = await app.http().get(`/api/spaces/${spaceId}/availability`).query({ date }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return res.body.desks.find((d: { deskId: string }) => d.deskId === deskId).free as { start: string; end: string }[];
  };

  it('answers a repeated space-day from memory, byte for byte the same', async () => {
    const space = await createSpace(t, { desks: 2, hours: ALL_WEEK });
    const url = `/api/spaces/${space.id}/availability?date=2027-10-21`;
    // (on PostgreSQL the space's own writes are also announced asynchronously: a notification
    // arriving after the first read drops what it kept once more)
    await eventually(async () => {
      const first = await t.http().get(url).expect(200);
      const hits = t.app.caches.availability.hits;
      const second = await t.http().get(url).expect(200);
      expect(t.app.caches.availability.hits).toBe(hits + 1);
      expect(second.text).toBe(first.text);
      expect(second.body.desks).toHaveLength(2);
    });
  });

  it('shows this instance’s own booking and cancellation in the very next read', async () => {
    const space = await createSpace(t, { desks: 1, hours: ALL_WEEK });
    const user = await registerUser(t);
    const desk = space.deskIds[0]!;
    expect(await freeOf(t, space.id, '2027-10-21', desk)).toEqual([
      { start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
    const b = await book(t, user.token, {
      deskId: desk,
      start: '2027-10-21T07:00:00Z',
      end: '2027-10-21T10:00:00Z',
    }).expect(201);
    expect(await freeOf(t, space.id, '2027-10-21', desk)).toEqual([
      { start: '2027-10-21T10:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
    await t.http().post(`/api/bookings/${b.body.id}/cancel`).set(auth(user.token)).expect(200);
    expect(await freeOf(t, space.id, '2027-10-21', desk)).toEqual([
      { start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
  });

  it('drops a cached space-day when its bookings, desks or closures change behind the API’s back', async () => {
    const space = await createSpace(t, { desks: 1, hours: ALL_WEEK });
    const user = await registerUser(t);
    const desk = space.deskIds[0]!;
    await book(t, user.token, { deskId: desk, start: '2027-10-22T07:00:00Z', end: '2027-10-22T09:00:00Z' }).expect(201);
    expect(await freeOf(t, space.id, '2027-10-22', desk)).toEqual([
      { start: '2027-10-22T09:00:00.000Z', end: '2027-10-22T15:00:00.000Z' },
    ]);
    // what another instance or a job would do: plain SQL on the shared database
    await t.app.db.execute(sql`update bookings set status = 'cancelled' where desk_id = ${desk}`);
    await eventually(async () =>
      expect(await freeOf(t, space.id, '2027-10-22', desk)).toEqual([
        { start: '2027-10-22T07:00:00.000Z', end: '2027-10-22T15:00:00.000Z' },
      ]),
    );
    await t.app.db.execute(
      sql`insert into closures (space_id, date, reason) values (${space.id}, '2027-10-22', 'Betriebsausflug')`,
    );
    await eventually(async () => expect(await freeOf(t, space.id, '2027-10-22', desk)).toEqual([]));
  });

  it('releases an overdue check-in in a cached answer when its time comes, without any write', async () => {
    const space = await createSpace(t, {
      desks: 1,
      hours: ALL_WEEK,
      body: { checkInRequired: true, releaseAfterMinutes: 30 },
    });
    const user = await registerUser(t);
    const desk = space.deskIds[0]!;
    await book(t, user.token, { deskId: desk, start: '2027-10-20T08:00:00Z', end: '2027-10-20T12:00:00Z' }).expect(201);
    t.setNow('2027-10-20T08:10:00Z');
    const held = [
      { start: '2027-10-20T07:00:00.000Z', end: '2027-10-20T08:00:00.000Z' },
      { start: '2027-10-20T12:00:00.000Z', end: '2027-10-20T15:00:00.000Z' },
    ];
    expect(await freeOf(t, space.id, '2027-10-20', desk)).toEqual(held);
    expect(await freeOf(t, space.id, '2027-10-20', desk)).toEqual(held); // from memory
    t.setNow('2027-10-20T08:31:00Z'); // past start + 30 min, not checked in, no job has run
    expect(await freeOf(t, space.id, '2027-10-20', desk)).toEqual([
      { start: '2027-10-20T07:00:00.000Z', end: '2027-10-20T08:00:00.000Z' },
      { start: '2027-10-20T08:30:00.000Z', end: '2027-10-20T15:00:00.000Z' },
    ]);
    t.setNow('2027-10-20T06:00:00Z');
  });

  it('answers the space list from memory until a space changes, here or behind the API’s back, or a quarter hour passes', async () => {
    const space = await createSpace(t, { desks: 1, hours: ALL_WEEK });
    const listed = async () => {
      const res = await t.http().get('/api/spaces').expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      return { text: res.text, mine: (res.body as SpaceSummary[]).find((s) => s.id === space.id)! };
    };
    // (a late notification of the space's own writes may drop the first answer once more)
    await eventually(async () => {
      const first = await listed();
      expect(first.mine).toMatchObject({ deskCount: 1, upcomingClosures: [] });
      const hits = t.app.caches.spaceList.hits;
      expect((await listed()).text).toBe(first.text);
      expect(t.app.caches.spaceList.hits).toBe(hits + 1);
    });

    // this instance's own write: at once; a desk in use until today (Berlin) counts today
    await t
      .http()
      .post(`/api/spaces/${space.id}/desks`)
      .set(auth(t.adminToken))
      .send({ name: 'Bis heute', activeUntil: '2027-10-20' })
      .expect(201);
    expect((await listed()).mine.deskCount).toBe(2);
    // behind the API's back (another instance, plain SQL): through the change notification
    await t.app.db.execute(
      sql`insert into closures (space_id, date, reason) values (${space.id}, '2027-10-25', 'Inventur')`,
    );
    await eventually(async () =>
      expect((await listed()).mine.upcomingClosures).toMatchObject([
        { spaceId: space.id, date: '2027-10-25', reason: 'Inventur' },
      ]),
    );

    // no write at all: at midnight in Berlin (22:00 UTC) the desk retires, and the list says so
    t.setNow('2027-10-20T21:59:00Z');
    expect((await listed()).mine.deskCount).toBe(2);
    expect((await listed()).mine.deskCount).toBe(2); // from memory
    t.setNow('2027-10-20T22:00:00Z');
    expect((await listed()).mine.deskCount).toBe(1);
    t.setNow('2027-10-20T06:00:00Z');
  });

  it('sends the space list compressed as the client asks (compressed once per list), each decoding to the same JSON', async () => {
    await createSpace(t, { desks: 1, hours: ALL_WEEK });
    const raw = (encoding?: string) =>
      t.app.inject({
        method: 'GET',
        url: '/api/spaces',
        headers: encoding === undefined ? {} : { 'accept-encoding': encoding },
      });
    const plain = await raw();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const json = JSON.parse(plain.body);
    const br = await raw('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(json);
    const gz = await raw('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(json);
    // the client's preference counts: brotli refused, gzip preferred
    expect((await raw('br;q=0, gzip;q=0.8, *;q=0.1')).headers['content-encoding']).toBe('gzip');
    expect((await raw('identity')).headers['content-encoding']).toBeUndefined();
  });

  it('sends a cached space-day compressed as asked, compressing it once for all the requests that follow', async () => {
    const space = await createSpace(t, { desks: 12, hours: ALL_WEEK });
    const url = `/api/spaces/${space.id}/availability?date=2027-10-21`;
    const plain = await t.app.inject({ method: 'GET', url });
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // (again if a late notification of the space's own writes dropped the cached answer meanwhile)
    await eventually(async () => {
      const first = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(first.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(first.rawPayload).toString('utf8')).toBe(plain.body);
      // kept with the cached answer, and the very same bytes go out again
      const kept = t.app.caches.availability.get(`${space.id}|2027-10-21`);
      expect(kept?.br?.equals(first.rawPayload)).toBe(true);
      const again = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    });
    const gz = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('takes a changed role or a logout-everywhere into account at the next request', async () => {
    const space = await createSpace(t, { desks: 1, hours: ALL_WEEK });
    const user = await registerUser(t);
    await t.http().get('/api/me').set(auth(user.token)).expect(200);
    await t.http().get(`/api/spaces/${space.id}/reports/monthly?month=2027-10`).set(auth(user.token)).expect(403);
    await t
      .http()
      .put(`/api/users/${user.id}/role`)
      .set(auth(t.adminToken))
      .send({ role: 'staff', spaceIds: [space.id] })
      .expect(200);
    await t.http().get(`/api/spaces/${space.id}/reports/monthly?month=2027-10`).set(auth(user.token)).expect(200);
    // behind the API's back (another instance's request): demoted again in SQL
    await t.app.db.execute(sql`update users set role = 'coworker' where id = ${user.id}`);
    await eventually(async () => {
      await t.http().get(`/api/spaces/${space.id}/reports/monthly?month=2027-10`).set(auth(user.token)).expect(403);
    });
    await t.http().post('/api/me/logout-everywhere').set(auth(user.token)).expect(204);
    await t.http().get('/api/me').set(auth(user.token)).expect(401);
  });
});

describe.runIf(isPostgres)('read caches across two instances on one PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    // instances behind one load balancer share the token secret
    const config = { jwtSecret: 'read-cache-test-secret-shared-by-both-instances' };
    [a, b] = await Promise.all([
      startApp({ now: '2027-10-20T06:00:00Z', config }),
      startApp({ now: '2027-10-20T06:00:00Z', config }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('a booking, a closure and a revoked token on one instance reach the other’s caches', async () => {
    const space = await createSpace(a, { desks: 1, hours: ALL_WEEK });
    const user = await registerUser(a);
    const desk = space.deskIds[0]!;
    const freeOnB = async () =>
      (await b.http().get(`/api/spaces/${space.id}/availability`).query({ date: '2027-10-21' }).expect(200)).body
        .desks[0].free;
    expect(await freeOnB()).toEqual([{ start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T15:00:00.000Z' }]);
    await book(a, user.token, { deskId: desk, start: '2027-10-21T07:00:00Z', end: '2027-10-21T09:00:00Z' }).expect(201);
    await eventually(async () =>
      expect(await freeOnB()).toEqual([{ start: '2027-10-21T09:00:00.000Z', end: '2027-10-21T15:00:00.000Z' }]),
    );
    await a
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(a.adminToken))
      .send({ date: '2027-10-21', reason: 'Wahl' })
      .expect(201);
    await eventually(async () => expect(await freeOnB()).toEqual([]));

    await b.http().get('/api/me').set(auth(user.token)).expect(200); // cached on b
    await a.http().post('/api/me/logout-everywhere').set(auth(user.token)).expect(204);
    await eventually(async () => {
      await b.http().get('/api/me').set(auth(user.token)).expect(401);
    });
  });
});

describe('ReadCache', () => {
  it('does not keep a value loaded while its group was invalidated', async () => {
    const cache = new ReadCache<{ v: number }>({ max: 10, ttlMs: 60_000 });
    cache.enabled = true;
    let release!: () => void;
    const loading = cache.load('k', 'g', async () => {
      await new Promise<void>((r) => (release = r));
      return { v: 1 }; // read before the change below committed
    });
    await new Promise((r) => setTimeout(r, 0));
    cache.invalidate('g');
    release();
    expect(await loading).toEqual({ v: 1 });
    expect(cache.get('k')).toBeUndefined();
    expect(await cache.load('k', 'g', async () => ({ v: 2 }))).toEqual({ v: 2 });
    expect(cache.get('k')).toEqual({ v: 2 });
  });

  it('shares one load among concurrent misses of a key, but not across an invalidation', async () => {
    const cache = new ReadCache<{ v: number }>({ max: 10, ttlMs: 60_000 });
    cache.enabled = true;
    let loads = 0;
    const releases: (() => void)[] = [];
    const load = () =>
      new Promise<{ v: number }>((resolve) => {
        const v = ++loads;
        releases.push(() => resolve({ v }));
      });
    const first = cache.load('k', 'g', load);
    const second = cache.load('k', 'g', load);
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(1);
    // a write drops the group: a reader after it must not get what was read before it
    cache.invalidate('g');
    const third = cache.load('k', 'g', load);
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(2);
    for (const release of releases) release();
    expect(await first).toEqual({ v: 1 });
    expect(await second).toEqual({ v: 1 });
    expect(await third).toEqual({ v: 2 });
    expect(cache.get('k')).toEqual({ v: 2 });
  });

  it('does not hand a shared load to a reader for whom it is no longer valid', async () => {
    const cache = new ReadCache<{ v: number }>({ max: 10, ttlMs: 60_000 });
    cache.enabled = true;
    let loads = 0;
    let release!: () => void;
    const first = cache.load('k', 'g', async () => {
      await new Promise<void>((r) => (release = r));
      return { v: ++loads };
    });
    const second = cache.load(
      'k',
      'g',
      async () => ({ v: ++loads + 10 }),
      (value) => value.v > 5,
    );
    await new Promise((r) => setTimeout(r, 0));
    release();
    expect(await first).toEqual({ v: 1 });
    expect(await second).toEqual({ v: 12 });
  });

  it('keeps nothing while disabled (no change notifications)', async () => {
    const cache = new ReadCache<{ v: number }>({ max: 10, ttlMs: 60_000 });
    await cache.load('k', 'g', async () => ({ v: 1 }));
    expect(cache.size).toBe(0);
  });
});
