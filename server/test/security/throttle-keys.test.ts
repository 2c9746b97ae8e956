/**
 * What the throttle counters hold and whom they count: a hash of the e-mail and of the client
 * address, never the values (erasing an account deletes its counters), and IPv6 clients per /64
 * (one subscriber's network holds 2^64 addresses), IPv4-mapped IPv6 as the IPv4 address it is.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rows } from '../../src/db/db.js';
import { emailHash, throttleClient } from '../../src/features/accounts/login-throttle.js';
import { auth, expectProblem, startApp, uniqueClientIp, type TestApp } from '../harness.js';

const PASSWORD = 'correct horse battery';
const NOW = '2027-10-20T10:00:00.000Z';

const loginFrom = (t: TestApp, ip: string, email: string, password = 'wrong password!') =>
  t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
const registerFrom = (t: TestApp, ip: string, email = `user-${randomUUID()}@test.popdesk`) =>
  t
    .http()
    .post('/api/auth/register')
    .set('X-Forwarded-For', ip)
    .send({ email, password: PASSWORD, name: 'Test Person' });

/** A /64 of the documentation range of its own, as `2001:db8:xxxx:yyyy`. */
const randomPrefix = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
const hostIn = (prefix: string) => `${prefix}:${[0, 1, 2, 3].map(() => randomBytes(2).toString('hex')).join(':')}`;

async function keys(t: TestApp): Promise<string[]> {
  return (await rows<{ key: string }>(t.app.db, sql`select key from login_throttle`)).map((r) => r.key);
}

describe('the client a request counts as', () => {
  it('is the /64 of an IPv6 address, the IPv4 address of an IPv4-mapped one, an IPv4 address as it is', () => {
    expect(throttleClient('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(throttleClient('2001:0db8:0001:0002:ffff::1')).toBe('2001:db8:1:2::/64');
    expect(throttleClient('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(throttleClient('192.0.2.7')).toBe('192.0.2.7');
    expect(throttleClient('::1')).toBe('::/64');
  });
});

describe('throttle keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      now: NOW,
      config: {
        trustProxy: true,
        login: { maxFailuresPerAccount: 10, maxFailuresPerClient: 4, windowMs: 15 * 60_000 },
        register: { maxPerClient: 2, maxPerAccount: 5 },
      },
    });
  });
  afterAll(() => t.close());
  beforeEach(() => t.setNow(NOW));

  it('hold a hash of the e-mail and of the address, never the values', async () => {
    const email = `Secret-${randomUUID()}@Test.Popdesk`;
    const ip = uniqueClientIp();
    const v6 = hostIn(randomPrefix());
    expectProblem(await loginFrom(t, ip, email), 401);
    expectProblem(await loginFrom(t, v6, email), 401);
    await registerFrom(t, uniqueClientIp(), `other-${randomUUID()}@test.popdesk`).expect(201);
    const all = await keys(t);
    const mine = all.filter((k) => k.includes(emailHash(email)));
    expect(mine.length).toBeGreaterThanOrEqual(3); // the account and two (account, client) pairs
    const leaks = all.filter(
      (k) =>
        k.toLowerCase().includes(email.toLowerCase()) ||
        k.includes(ip) ||
        k.includes('@') ||
        /\d+\.\d+\.\d+\.\d+/.test(k),
    );
    expect(leaks).toEqual([]);
  });

  it('are deleted when the person erases their account (DELETE /api/me)', async () => {
    const email = `erase-${randomUUID()}@test.popdesk`;
    const res = await registerFrom(t, uniqueClientIp(), email).expect(201);
    for (const ip of [uniqueClientIp(), uniqueClientIp(), hostIn(randomPrefix())])
      expectProblem(await loginFrom(t, ip, email), 401);
    // a password reset asked for counts per address too
    await t
      .http()
      .post('/api/auth/password-reset')
      .set('X-Forwarded-For', uniqueClientIp())
      .send({ email })
      .expect(202);
    const hash = emailHash(email);
    const before = (await keys(t)).filter((k) => k.includes(hash));
    expect(before.length).toBeGreaterThanOrEqual(6);
    expect(before.some((k) => k.startsWith('reset:'))).toBe(true);
    await t.http().delete('/api/me').set(auth(res.body.token)).expect(204);
    expect((await keys(t)).filter((k) => k.includes(hash))).toEqual([]);
  });

  it('count an IPv6 client per /64: failures from many addresses of one /64 add up; another /64 is not affected', async () => {
    const prefix = randomPrefix();
    for (let i = 0; i < 4; i++)
      expectProblem(await loginFrom(t, hostIn(prefix), `guess-${randomUUID()}@test.popdesk`), 401);
    const refused = await loginFrom(t, hostIn(prefix), `guess-${randomUUID()}@test.popdesk`);
    expectProblem(refused, 429);
    expect(refused.headers['retry-after']).toBe('900');
    expectProblem(await loginFrom(t, hostIn(randomPrefix()), `guess-${randomUUID()}@test.popdesk`), 401);
  });

  it('count an IPv4-mapped IPv6 client as its IPv4 address', async () => {
    const ip = uniqueClientIp();
    for (let i = 0; i < 4; i++)
      expectProblem(await loginFrom(t, `::ffff:${ip}`, `guess-${randomUUID()}@test.popdesk`), 401);
    expectProblem(await loginFrom(t, ip, `guess-${randomUUID()}@test.popdesk`), 429);
  });

  it('count registrations per /64 too', async () => {
    const prefix = randomPrefix();
    await registerFrom(t, hostIn(prefix)).expect(201);
    await registerFrom(t, hostIn(prefix)).expect(201);
    expectProblem(await registerFrom(t, hostIn(prefix)), 429);
    await registerFrom(t, hostIn(randomPrefix())).expect(201);
  });
});
