/**
 * The throttle store shared by every instance: Redis when REDIS_URL is set (against the real Redis;
 * each run uses a key prefix of its own), and PostgreSQL standing in when Redis cannot be reached.
 * Two app instances count into one store, so the limits hold across them; concurrent attempts
 * cannot slip under a limit, because counting and answering is one atomic step.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/app.js';
import { emailHash, loginKeys } from '../../src/features/accounts/login-throttle.js';
import { rows } from '../../src/db/db.js';
import { expectProblem, registerUser, startApp, testConfig, uniqueClientIp, type TestApp } from '../harness.js';

const NOW = '2027-10-20T10:00:00.000Z';
const WINDOW_MS = 15 * 60_000;
const PASSWORD = 'correct horse battery';
const REDIS_URL = process.env.REDIS_URL;

const loginFrom = (t: TestApp, ip: string, email: string, password: string) =>
  t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

/** A new account, registered from an address of its own (registration is throttled per client here). */
async function newUser(t: TestApp) {
  const email = `user-${randomUUID()}@test.popdesk`;
  const res = await t
    .http()
    .post('/api/auth/register')
    .set('X-Forwarded-For', uniqueClientIp())
    .send({ email, password: PASSWORD, name: 'Test Person' })
    .expect(201);
  return { email, token: res.body.token as string };
}

async function throttleRows(t: TestApp, key: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.app.db,
    sql`select count(*)::int as n from login_throttle where key = ${key}`,
  );
  return row!.n;
}

describe.skipIf(!REDIS_URL)('login throttling in Redis, shared by two instances', () => {
  const keyPrefix = `popdesk-test:${randomUUID()}:`;
  let a: TestApp;
  let b: TestApp;
  let redis: Redis;
  beforeAll(async () => {
    const config = {
      trustProxy: true,
      redis: { url: REDIS_URL!, keyPrefix },
      register: { maxPerClient: 3, maxPerAccount: 100 },
    };
    [a, b] = await Promise.all([startApp({ now: NOW, config }), startApp({ now: NOW, config })]);
    redis = new Redis(REDIS_URL!);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await Promise.all([a?.close(), b?.close()]);
  });
  beforeEach(() => {
    a.setNow(NOW);
    b.setNow(NOW);
  });

  it('uses Redis', () => {
    expect(a.app.throttle.name).toBe('redis');
  });

  it('counts failures on both instances together: the 11th attempt of a client is refused on either, with Retry-After', async () => {
    const email = `victim-${randomUUID()}@test.popdesk`;
    const ip = uniqueClientIp();
    for (let i = 0; i < 10; i++) expectProblem(await loginFrom(i % 2 ? a : b, ip, email, 'wrong password!'), 401);
    for (const t of [a, b]) {
      const res = await loginFrom(t, ip, email, 'wrong password!');
      expectProblem(res, 429);
      expect(res.headers['retry-after']).toBe('900');
    }
    // counted in Redis under this run's prefix, not in PostgreSQL, under a hash of e-mail and address
    const { pair } = loginKeys(email, ip);
    expect(Number(await redis.hget(`${keyPrefix}throttle:${pair}`, 'count'))).toBe(12);
    expect(await throttleRows(a, pair)).toBe(0);
    const names = await redis.keys(`${keyPrefix}*`);
    expect(names.some((k) => k.includes(emailHash(email)))).toBe(true);
    expect(names.filter((k) => k.includes(email) || k.includes(ip))).toEqual([]);
  });

  it('a lockout attempt on one instance does not refuse the right password from another client on the other', async () => {
    const user = await newUser(a);
    for (let i = 0; i < 21; i++) await loginFrom(b, '127.0.0.1', user.email, 'wrong password!');
    expectProblem(await loginFrom(a, '127.0.0.1', user.email, PASSWORD), 429);
    expect((await loginFrom(a, '127.0.0.2', user.email, PASSWORD)).status).toBe(200);
  });

  it('erasing the account deletes its keys in Redis', async () => {
    const user = await newUser(a);
    for (const ip of [uniqueClientIp(), uniqueClientIp()]) await loginFrom(a, ip, user.email, 'wrong password!');
    const mine = async () => (await redis.keys(`${keyPrefix}*`)).filter((k) => k.includes(emailHash(user.email)));
    expect((await mine()).length).toBeGreaterThanOrEqual(3); // the account and two (account, client) pairs
    await a.http().delete('/api/me').set('Authorization', `Bearer ${user.token}`).expect(204);
    expect(await mine()).toEqual([]);
  });

  it('lets exactly the limit through when 20 wrong passwords of one client arrive at once on two instances', async () => {
    const email = `burst-${randomUUID()}@test.popdesk`;
    const ip = uniqueClientIp();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => loginFrom(i % 2 ? a : b, ip, email, 'wrong password!')),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('measures the window with the app’s clock: Retry-After shrinks, and the client is let in once it is over', async () => {
    const user = await registerUser(a);
    const ip = uniqueClientIp();
    for (let i = 0; i < 10; i++) expectProblem(await loginFrom(i % 2 ? a : b, ip, user.email, 'wrong password!'), 401);
    b.setNow(new Date(Date.parse(NOW) + 10 * 60_000));
    const later = await loginFrom(b, ip, user.email, PASSWORD);
    expectProblem(later, 429);
    expect(later.headers['retry-after']).toBe('300');
    a.setNow(new Date(Date.parse(NOW) + WINDOW_MS));
    expect((await loginFrom(a, ip, user.email, PASSWORD)).status).toBe(200);
  });

  it('does not count a successful login against its client, and forgives the client its failures on the account', async () => {
    const user = await registerUser(a);
    const client = uniqueClientIp();
    for (let i = 0; i < 9; i++)
      expectProblem(await loginFrom(i % 2 ? a : b, client, user.email, 'wrong password!'), 401);
    expect((await loginFrom(a, client, user.email, PASSWORD)).status).toBe(200); // (a: on PGlite the account lives in a's database)
    const keys = loginKeys(user.email, client);
    expect(await redis.exists(`${keyPrefix}throttle:${keys.pair}`)).toBe(0);
    expect(Number(await redis.hget(`${keyPrefix}throttle:${keys.client}`, 'count'))).toBe(9);
    expect(Number(await redis.hget(`${keyPrefix}throttle:${keys.account}`, 'count'))).toBe(9);
  });

  it('throttles registrations per client across instances (429 problem+json)', async () => {
    const ip = uniqueClientIp();
    const register = (t: TestApp) =>
      t
        .http()
        .post('/api/auth/register')
        .set('X-Forwarded-For', ip)
        .send({ email: `r-${randomUUID()}@test.popdesk`, password: PASSWORD, name: 'R' });
    expect((await register(a)).status).toBe(201);
    expect((await register(b)).status).toBe(201);
    expect((await register(a)).status).toBe(201);
    const refused = await register(b);
    expectProblem(refused, 429);
    expect(refused.headers['retry-after']).toBe('900');
  });
});

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

describe('when Redis cannot be reached', () => {
  it('goes on throttling with the counters in PostgreSQL, and says so in the log (once)', async () => {
    const lines: string[] = [];
    const now = new Date(NOW);
    const app = await buildApp({
      config: testConfig({
        trustProxy: true,
        redis: { url: `redis://127.0.0.1:${await closedPort()}`, keyPrefix: 'popdesk-test:' },
      }),
      clock: () => now,
      logger: { level: 'error', stream: { write: (line: string) => lines.push(line) } },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const email = `nobody-${randomUUID()}@test.popdesk`;
      const ip = uniqueClientIp();
      const login = () =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-forwarded-for': ip },
          payload: { email, password: 'wrong password!' },
        });
      for (let i = 0; i < 10; i++) expect((await login()).statusCode).toBe(401);
      const refused = await login();
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.headers['retry-after']).toBe('900');
      const [row] = await rows<{ failures: number }>(
        app.db,
        sql`select failures from login_throttle where key = ${loginKeys(email, ip).pair}`,
      );
      expect(row?.failures).toBe(11);
      const logged = lines.map((l) => JSON.parse(l) as { msg: string }).filter((l) => /Redis/.test(l.msg));
      expect(logged.length).toBeGreaterThanOrEqual(1);
      expect(logged.length).toBeLessThanOrEqual(2); // connection error and/or command error, not one per login
    } finally {
      await app.close();
    }
  }, 90_000); // eleven logins through a failing Redis and argon2: slow on a busy machine
});

describe('concurrent wrong passwords on one instance (PostgreSQL store)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: NOW, config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  it('let exactly the limit of one client through to the password check', async () => {
    const email = `burst-${randomUUID()}@test.popdesk`;
    const ip = uniqueClientIp();
    const answers = await Promise.all(Array.from({ length: 16 }, () => loginFrom(t, ip, email, 'wrong password!')));
    expect(answers.filter((r) => r.status === 401)).toHaveLength(10);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(6);
    expect(t.app.throttle.name).toBe('postgres');
  });
});
