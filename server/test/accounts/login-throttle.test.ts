/**
 * Login throttling that never locks the right person out (contract: "Failed logins from one client
 * never make the right password fail from another client"). Limits: per (account, client) 10
 * failures, per client 50 (all accounts), in a 15-minute window; an account under attack from many
 * clients slows down only the clients that failed on it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientKey, loginKeys } from '../../src/features/accounts/login-throttle.js';
import { expectProblem, registerUser, startApp, uniqueClientIp, type TestApp } from '../harness.js';

const PASSWORD = 'correct horse battery';
const NOW = '2027-10-20T10:00:00.000Z';
const WINDOW_MS = 15 * 60_000;
const at = (ms: number) => new Date(Date.parse(NOW) + ms);

function loginFrom(t: TestApp, ip: string, email: string, password: string) {
  return t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
}

/** `n` wrong passwords for one account from one client. */
async function fail(t: TestApp, ip: string, email: string, n: number) {
  for (let i = 0; i < n; i++) expectProblem(await loginFrom(t, ip, email, 'wrong password!'), 401);
}

describe('login throttling per (account, client) (default limit: 10 failures in 15 minutes)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: NOW, config: { trustProxy: true } });
  });
  afterAll(async () => {
    // 127.0.0.1 and .2 are everyone's addresses: on PostgreSQL other test files count them too
    for (const ip of ['127.0.0.1', '127.0.0.2']) await t.app.throttle.clear(clientKey(ip));
    await t.close();
  });
  beforeEach(() => t.setNow(NOW));

  it('uses the documented defaults', () => {
    expect(t.app.config.login).toEqual({ maxFailuresPerAccount: 10, maxFailuresPerClient: 50, windowMs: WINDOW_MS });
  });

  it('a lockout attempt: 21 wrong passwords from 127.0.0.1 get 429 there, the right one from 127.0.0.2 logs in', async () => {
    const victim = await registerUser(t);
    const answers = [];
    for (let i = 0; i < 21; i++)
      answers.push((await loginFrom(t, '127.0.0.1', victim.email, 'wrong password!')).status);
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(answers.slice(10)).toEqual(Array(11).fill(429));
    const blocked = await loginFrom(t, '127.0.0.1', victim.email, PASSWORD);
    expectProblem(blocked, 429);
    expect(blocked.headers['retry-after']).toBe('900');

    const ok = await loginFrom(t, '127.0.0.2', victim.email, PASSWORD);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.user.id).toBe(victim.id);
    // and the attacker is still refused there
    expectProblem(await loginFrom(t, '127.0.0.1', victim.email, PASSWORD), 429);
  });

  it('answers 429 with Retry-After after 10 failures from one client; that client may still log in to other accounts', async () => {
    const victim = await registerUser(t);
    const other = await registerUser(t);
    const ip = uniqueClientIp();
    await fail(t, ip, victim.email, 10);
    const blocked = await loginFrom(t, ip, victim.email, PASSWORD);
    expect(expectProblem(blocked, 429).detail).toMatch(/900 seconds/);
    expect(blocked.headers['retry-after']).toBe('900');
    const ok = await loginFrom(t, ip, other.email, PASSWORD);
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(other.id);
  });

  it('lets the tenth attempt of a client through to the password check (the limit is 10, not 9)', async () => {
    const user = await registerUser(t);
    const ip = uniqueClientIp();
    await fail(t, ip, user.email, 9);
    expect((await loginFrom(t, ip, user.email, PASSWORD)).status).toBe(200);
  });

  it('counts the failures for the account whatever the case of the e-mail', async () => {
    const user = await registerUser(t);
    const ip = uniqueClientIp();
    await fail(t, ip, user.email.toUpperCase(), 5);
    await fail(t, ip, user.email, 5);
    expectProblem(await loginFrom(t, ip, user.email, PASSWORD), 429);
  });

  it('shrinks Retry-After as time passes and lets the client in once the window is over', async () => {
    const user = await registerUser(t);
    const ip = uniqueClientIp();
    await fail(t, ip, user.email, 10);
    t.setNow(at(10 * 60_000));
    const later = await loginFrom(t, ip, user.email, PASSWORD);
    expectProblem(later, 429);
    expect(later.headers['retry-after']).toBe('300');
    t.setNow(at(WINDOW_MS));
    const res = await loginFrom(t, ip, user.email, PASSWORD);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('throttles an unknown e-mail exactly like a known one (no account enumeration)', async () => {
    const unknown = `nobody-${randomUUID()}@test.popdesk`;
    const ip = uniqueClientIp();
    await fail(t, ip, unknown, 10);
    const body = expectProblem(await loginFrom(t, ip, unknown, PASSWORD), 429);
    expect(body.type).toMatch(/too-many-attempts/);
  });

  it('forgives a client its failures on an account once it logs in there', async () => {
    const user = await registerUser(t);
    const ip = uniqueClientIp();
    await fail(t, ip, user.email, 9);
    expect((await loginFrom(t, ip, user.email, PASSWORD)).status).toBe(200);
    await fail(t, ip, user.email, 9);
    expect((await loginFrom(t, ip, user.email, PASSWORD)).status).toBe(200);
  });
});

describe('an account under attack from many clients', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: NOW, config: { trustProxy: true } });
  });
  afterAll(() => t.close());
  beforeEach(() => t.setNow(NOW));

  /** 30 clients with one wrong password each: three times the per-account limit. */
  async function attack(email: string) {
    const clients = Array.from({ length: 30 }, () => uniqueClientIp());
    for (const ip of clients) await fail(t, ip, email, 1);
    return clients;
  }

  it('never refuses the right password from a client that has not failed', async () => {
    const victim = await registerUser(t);
    await attack(victim.email);
    for (let i = 0; i < 3; i++) {
      const res = await loginFrom(t, uniqueClientIp(), victim.email, PASSWORD);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    // and the attack goes on being counted: a successful login does not reset it for the attackers
    const attacker = uniqueClientIp();
    await fail(t, attacker, victim.email, 2);
    expectProblem(await loginFrom(t, attacker, victim.email, 'wrong password!'), 429);
  });

  it('slows down a client that failed on it: one attempt per backoff interval, growing with its failures', async () => {
    const victim = await registerUser(t);
    await attack(victim.email);
    const ip = uniqueClientIp();
    await fail(t, ip, victim.email, 2); // the first retry is let through (it opens a 2-second backoff)
    const slowed = await loginFrom(t, ip, victim.email, PASSWORD);
    expect(expectProblem(slowed, 429).type).toMatch(/too-many-attempts/);
    expect(slowed.headers['retry-after']).toBe('4'); // two failures: 2^2 s
    // asking again early does not make it longer
    expect((await loginFrom(t, ip, victim.email, PASSWORD)).headers['retry-after']).toBe('4');
    t.setNow(at(3_000));
    expect((await loginFrom(t, ip, victim.email, PASSWORD)).headers['retry-after']).toBe('1');
    // waiting as told is enough: the right password works
    t.setNow(at(4_000));
    const ok = await loginFrom(t, ip, victim.email, PASSWORD);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  it('does not slow down a client while the account is below the limit', async () => {
    const user = await registerUser(t);
    for (let i = 0; i < 5; i++) await fail(t, uniqueClientIp(), user.email, 1);
    const ip = uniqueClientIp();
    await fail(t, ip, user.email, 4); // 9 failures on the account in all, 4 of them from this client
    expect((await loginFrom(t, ip, user.email, PASSWORD)).status).toBe(200);
  });

  it('forgets the attack once the window is over', async () => {
    const victim = await registerUser(t);
    const clients = await attack(victim.email);
    const ip = clients[0]!;
    await fail(t, ip, victim.email, 1);
    expectProblem(await loginFrom(t, ip, victim.email, PASSWORD), 429);
    t.setNow(at(WINDOW_MS));
    const keys = loginKeys(victim.email, ip);
    expect(keys.pair).not.toContain(victim.email);
    expect((await loginFrom(t, ip, victim.email, PASSWORD)).status).toBe(200);
  });
});

describe('login throttling per client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      now: NOW,
      config: { trustProxy: true, login: { maxFailuresPerAccount: 100, maxFailuresPerClient: 4, windowMs: WINDOW_MS } },
    });
  });
  afterAll(() => t.close());
  beforeEach(() => t.setNow(NOW));

  it('answers 429 to a client that failed too often across many accounts, but not to other clients', async () => {
    const user = await registerUser(t);
    const attacker = uniqueClientIp();
    for (let i = 0; i < 4; i++) {
      expectProblem(await loginFrom(t, attacker, `guess-${randomUUID()}@test.popdesk`, 'wrong password!'), 401);
    }
    const blocked = await loginFrom(t, attacker, user.email, PASSWORD);
    expectProblem(blocked, 429);
    expect(Number(blocked.headers['retry-after'])).toBe(900);

    const elsewhere = await loginFrom(t, uniqueClientIp(), user.email, PASSWORD);
    expect(elsewhere.status).toBe(200);
  });

  it('does not lift the client limit when the client finally logs in somewhere', async () => {
    const user = await registerUser(t);
    const client = uniqueClientIp();
    for (let i = 0; i < 3; i++)
      expectProblem(await loginFrom(t, client, `guess-${randomUUID()}@test.popdesk`, 'wrong password!'), 401);
    expect((await loginFrom(t, client, user.email, PASSWORD)).status).toBe(200);
    expectProblem(await loginFrom(t, client, `guess-${randomUUID()}@test.popdesk`, 'wrong password!'), 401);
    expectProblem(await loginFrom(t, client, user.email, PASSWORD), 429);
  });

  it('forgets a client’s failures once the window has passed', async () => {
    const user = await registerUser(t);
    const client = uniqueClientIp();
    for (let i = 0; i < 4; i++)
      expectProblem(await loginFrom(t, client, `guess-${randomUUID()}@test.popdesk`, 'wrong password!'), 401);
    expectProblem(await loginFrom(t, client, user.email, PASSWORD), 429);
    t.setNow(at(WINDOW_MS + 1000));
    expect((await loginFrom(t, client, user.email, PASSWORD)).status).toBe(200);
  });
});
