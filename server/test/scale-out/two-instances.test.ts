/**
 * Several API instances on one PostgreSQL database (PostgreSQL only: embedded PGlite serves one
 * process). Two apps are built on a fresh database of their own — the background jobs act on the
 * whole database, so they must not meet the other test files' rows — and run the same work at the
 * same time: every job must act exactly once, whichever instance gets there first.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { sql, type SQL } from 'drizzle-orm';
import { rows } from '../../src/db/db.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { anonymiseExpiredBookings } from '../../src/features/privacy/retention.js';
import {
  auth,
  createSpace,
  isPostgres,
  registerUser,
  startApp,
  testConfig,
  uniqueClientIp,
  type TestApp,
  type TestUser,
} from '../harness.js';
import { booked } from '../bookings/fixtures.js';

const JWT_SECRET = 'two-instances-share-this-secret-0123456789';
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

/** A database of its own on the same server (dropped afterwards): `<test database>_multi_<random>`. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `${base.pathname.slice(1)}_multi_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${pg.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
      await c.end();
    },
  };
}

describe.skipIf(!isPostgres)('two API instances on one PostgreSQL database', () => {
  let db: { url: string; drop: () => Promise<void> };
  let a: TestApp;
  let b: TestApp;
  const both = () => [a, b];
  const setNow = (iso: string) => both().forEach((t) => t.setNow(iso));
  const query = <T extends object>(text: SQL) => rows<T>(a.app.db, text);

  beforeAll(async () => {
    db = await freshDatabase();
    // both start at once on the empty database: the migrations run once, under the advisory lock
    const config = { databaseUrl: db.url, jwtSecret: JWT_SECRET, trustProxy: true, retentionMonths: 240 };
    [a, b] = await Promise.all([
      startApp({ now: '2035-01-08T08:00:00Z', config }),
      startApp({ now: '2035-01-08T08:00:00Z', config }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await db?.drop();
  });

  it('start together with the same ADMIN_EMAIL: one admin account, every instance up', async () => {
    const admin = { email: `admin-${randomUUID()}@test.popdesk`, password: 'admin-password-1' };
    const apps = await Promise.all(
      [1, 2, 3].map(() => buildApp({ config: testConfig({ databaseUrl: db.url, jwtSecret: JWT_SECRET, admin }) })),
    );
    try {
      const found = await query<{ role: string }>(sql`select role from users where lower(email) = ${admin.email}`);
      expect(found).toEqual([{ role: 'admin' }]);
      for (const app of apps)
        expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: admin })).statusCode).toBe(200);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
    }
  });

  it('accept each other’s tokens, and a logout everywhere on one is honoured by the other', async () => {
    const user = await registerUser(a);
    expect((await b.http().get('/api/me').set(auth(user.token))).status).toBe(200); // b has now seen this caller
    await a.http().post('/api/me/logout-everywhere').set(auth(user.token)).expect(204);
    let status = 0;
    for (let i = 0; i < 30 && status !== 401; i++) {
      status = (await b.http().get('/api/me').set(auth(user.token))).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(401);
  });

  it('show a booking made on one in the other’s availability', async () => {
    setNow('2035-01-08T08:00:00Z');
    const space = await createSpace(a, { desks: 1, hours: ALL_WEEK, body: { timezone: 'UTC' } });
    const day = '2035-01-10';
    const free = async (t: TestApp) =>
      (await t.http().get(`/api/spaces/${space.id}/availability?date=${day}`).expect(200)).body.desks[0].free;
    expect(await free(b)).toEqual([{ start: `${day}T00:00:00.000Z`, end: '2035-01-11T00:00:00.000Z' }]);
    const user = await registerUser(a);
    await booked(a, user.token, { deskId: space.deskIds[0], start: `${day}T09:00:00Z`, end: `${day}T12:00:00Z` });
    let seen: unknown = null;
    for (let i = 0; i < 30; i++) {
      seen = await free(b);
      if ((seen as unknown[]).length === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toHaveLength(2);
  });

  it('release each overdue no-show once, together', async () => {
    setNow('2036-03-03T08:00:00Z');
    const space = await createSpace(a, {
      desks: 8,
      hours: ALL_WEEK,
      body: { timezone: 'UTC', checkInRequired: true, releaseAfterMinutes: 15 },
    });
    const people = await Promise.all(space.deskIds.map(() => registerUser(a)));
    const ids: string[] = [];
    for (const [i, p] of people.entries()) {
      ids.push(
        (
          await booked(i % 2 ? a : b, p.token, {
            deskId: space.deskIds[i],
            start: '2036-03-03T09:00:00Z',
            end: '2036-03-03T12:00:00Z',
          })
        ).id,
      );
    }
    const runs = await Promise.all([a, b, a, b].map((t) => t.app.jobs.runAll(new Date('2036-03-03T09:15:00Z'))));
    expect(runs.reduce((n, r) => n + r.noShows, 0)).toBe(8);
    const statuses = await query<{ status: string }>(sql`select status from bookings where space_id = ${space.id}`);
    expect(statuses.map((s) => s.status)).toEqual(Array(8).fill('no_show'));
  });

  it('queue each day-before reminder once, together', async () => {
    setNow('2037-05-04T08:00:00Z');
    const space = await createSpace(a, { desks: 6, hours: ALL_WEEK, body: { timezone: 'UTC' } });
    const people = await Promise.all(space.deskIds.map(() => registerUser(b)));
    const ids: string[] = [];
    for (const [i, p] of people.entries()) {
      ids.push(
        (
          await booked(a, p.token, {
            deskId: space.deskIds[i],
            start: '2037-05-07T09:00:00Z',
            end: '2037-05-07T12:00:00Z',
          })
        ).id,
      );
    }
    const runs = await Promise.all([a, b, a, b].map((t) => t.app.jobs.runAll(new Date('2037-05-06T10:00:00Z'))));
    expect(runs.reduce((n, r) => n + r.reminders, 0)).toBe(6);
    const reminders = await query<{ booking_id: string; n: number }>(
      sql`select booking_id, count(*)::int as n from outbox where kind = 'booking_reminder' and booking_id = any(${`{${ids.join(',')}}`}::uuid[]) group by booking_id`,
    );
    expect(reminders).toHaveLength(6);
    expect(reminders.every((r) => r.n === 1)).toBe(true);
  });

  describe('mail and webhook workers', () => {
    let receiver: Server;
    let url: string;
    const received = new Map<string, number>();
    beforeAll(async () => {
      receiver = createServer((req, res) => {
        const id = String(req.headers['popdesk-delivery']);
        received.set(id, (received.get(id) ?? 0) + 1);
        req.resume();
        req.on('end', () => res.writeHead(204).end());
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/popdesk`;
    });
    afterAll(() => new Promise((resolve) => receiver.close(resolve)));

    it('send each queued e-mail and deliver each webhook once, however many workers run at once', async () => {
      setNow('2038-09-06T08:00:00Z');
      const hook = await a
        .http()
        .post('/api/admin/webhooks')
        .set(auth(a.adminToken))
        .send({ url, events: ['booking.created', 'booking.cancelled'] })
        .expect(201);
      const space = await createSpace(b, { desks: 10, hours: ALL_WEEK, body: { timezone: 'UTC' } });
      const people: TestUser[] = await Promise.all(space.deskIds.map(() => registerUser(a)));
      const bookings = await Promise.all(
        people.map((p, i) =>
          booked(i % 2 ? a : b, p.token, {
            deskId: space.deskIds[i],
            start: '2038-09-08T09:00:00Z',
            end: '2038-09-08T12:00:00Z',
          }),
        ),
      );
      for (const bk of bookings.slice(0, 3))
        await b.http().post(`/api/bookings/${bk.id}/cancel`).set(auth(a.adminToken)).expect(200);

      const runs = await Promise.all(
        [a, b, a, b, a, b].map((t) => t.app.jobs.runAll(new Date('2038-09-06T08:01:00Z'))),
      );
      const deliveries = await query<{ id: string; status: string; attempts: number }>(
        sql`select id, status, attempts from webhook_deliveries where webhook_id = ${hook.body.id}`,
      );
      expect(deliveries).toHaveLength(13); // 10 created + 3 cancelled
      expect(deliveries.every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
      expect(deliveries.map((d) => received.get(d.id))).toEqual(Array(13).fill(1));
      expect(runs.reduce((n, r) => n + r.webhooks.delivered, 0)).toBe(13);

      const mail = await query<{ status: string; attempts: number }>(
        sql`select status, attempts from outbox where booking_id = any(${`{${bookings.map((x) => x.id).join(',')}}`}::uuid[])`,
      );
      expect(mail).toHaveLength(13); // 10 confirmations + 3 cancellations
      expect(mail.every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true);
      expect(runs.reduce((n, r) => n + r.mail.sent, 0)).toBe(13);
    });
  });

  it('anonymise each inactive person once, with one ghost each and no orphan ghosts', async () => {
    setNow('2030-01-07T08:00:00Z');
    const space = await createSpace(a, { desks: 12, hours: ALL_WEEK, body: { timezone: 'UTC' } });
    const people = await Promise.all(space.deskIds.map(() => registerUser(b, { group: 'student' })));
    for (const [i, p] of people.entries()) {
      await booked(i % 2 ? a : b, p.token, {
        deskId: space.deskIds[i],
        start: '2030-01-08T09:00:00Z',
        end: '2030-01-08T12:00:00Z',
      });
      await booked(i % 2 ? b : a, p.token, {
        deskId: space.deskIds[i],
        start: '2030-01-09T09:00:00Z',
        end: '2030-01-09T12:00:00Z',
      });
    }
    const now = new Date('2032-03-01T03:00:00.123Z');
    const runs = await Promise.all([a, b, a, b].map((t) => anonymiseExpiredBookings(t.app.db, now, 24)));
    expect(runs.reduce((n, r) => n + r.people, 0)).toBe(12);
    expect(runs.reduce((n, r) => n + r.bookings, 0)).toBe(24);

    const holders = await query<{ user_id: string; n: number }>(
      sql`select user_id, count(*)::int as n from bookings where space_id = ${space.id} group by user_id`,
    );
    expect(holders).toHaveLength(12);
    expect(holders.every((h) => h.n === 2 && !people.some((p) => p.id === h.user_id))).toBe(true);
    const ghosts = await query<{ id: string; bookings: number }>(
      sql`select u.id, (select count(*)::int from bookings x where x.user_id = u.id) as bookings from users u where u.erased_at = ${now.toISOString()}::timestamptz`,
    );
    expect(ghosts).toHaveLength(12);
    expect(ghosts.every((g) => g.bookings === 2)).toBe(true);
  });

  it('offer a cancelled desk to the waitlist in the cancellation’s transaction, and never undo a cancellation for it', async () => {
    setNow('2039-06-06T08:00:00Z');
    const space = await createSpace(a, { desks: 1, hours: ALL_WEEK, body: { timezone: 'UTC' } });
    const [holder, waiting] = await Promise.all([registerUser(a), registerUser(b)]);
    const slot = { deskId: space.deskIds[0], start: '2039-06-07T09:00:00Z', end: '2039-06-07T12:00:00Z' };
    const first = await booked(a, holder.token, slot);
    await b
      .http()
      .post(`/api/spaces/${space.id}/waitlist`)
      .set(auth(waiting.token))
      .send({ date: '2039-06-07' })
      .expect(201);
    const entryStatus = async () =>
      (await query<{ status: string }>(sql`select status from waitlist_entries where user_id = ${waiting.id}`))[0]!
        .status;

    // the notifications table refuses every row: the offer fails, the cancellation stands
    await a.app.db.execute(sql`alter table notifications add constraint refuse_all check (false) not valid`);
    try {
      await b.http().post(`/api/bookings/${first.id}/cancel`).set(auth(holder.token)).expect(200);
    } finally {
      await a.app.db.execute(sql`alter table notifications drop constraint refuse_all`);
    }
    expect((await query<{ status: string }>(sql`select status from bookings where id = ${first.id}`))[0]!.status).toBe(
      'cancelled',
    );
    expect(await entryStatus()).toBe('waiting'); // its claim went back with its savepoint

    // with the offer working, it has been made by the time the cancellation answers
    const second = await booked(b, holder.token, slot);
    await a.http().post(`/api/bookings/${second.id}/cancel`).set(auth(holder.token)).expect(200);
    expect(await entryStatus()).toBe('notified');
    const offers = await query(sql`select 1 from notifications where user_id = ${waiting.id}`);
    expect(offers).toHaveLength(1);
  });

  it('answer one Idempotency-Key sent to both at once with one booking', async () => {
    setNow('2039-02-01T08:00:00Z');
    const space = await createSpace(a, { desks: 1, hours: ALL_WEEK, body: { timezone: 'UTC' } });
    const user = await registerUser(a);
    const key = randomUUID();
    const body = { deskId: space.deskIds[0], start: '2039-02-02T09:00:00Z', end: '2039-02-02T12:00:00Z' };
    const answers = await Promise.all(
      [a, b, a, b].map((t) =>
        t.http().post('/api/bookings').set(auth(user.token)).set('Idempotency-Key', key).send(body),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
    expect(answers.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(3);
    expect(await query(sql`select id from bookings where space_id = ${space.id}`)).toHaveLength(1);
  });

  it('count failed logins together: of 20 wrong passwords of one client at once on both, exactly 10 reach the password check', async () => {
    const email = `burst-${randomUUID()}@test.popdesk`;
    const client = uniqueClientIp();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b)
          .http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', client)
          .send({ email, password: 'wrong password!' }),
      ),
    );
    expect(answers.filter((r) => r.status === 401)).toHaveLength(10);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(10);
  });
});
