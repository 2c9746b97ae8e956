import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, registerUser, startApp, uniqueClientIp, type TestApp } from '../harness.js';

const PASSWORD = 'correct horse battery';
const NOW = '2027-10-20T10:00:00.000Z';
const WINDOW_MS = 15 * 60_000;

function loginFrom(t: TestApp, ip: string, email: string, password: string) {
  return t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
}

/** `n` wrong passwords for one account, each from an address of its own (so only the account counts). */
async function failForAccount(t: TestApp, email: string, n: number) {
  for (let i = 0; i < n; i++) expectProblem(await loginFrom(t, uniqueClientIp(), email, 'wrong password!'), 401);
}

describe('login throttling per account (default limit: 10 failures in 15 minutes)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: NOW, config: { trustProxy: true } });
  });
  afterAll(() => t.close());
  beforeEach(() => t.setNow(NOW));

  it('uses the documented defaults', () => {
    expect(t.app.config.login).toEqual({ maxFailuresPerAccount: 10, maxFailuresPerClient: 50, windowMs: WINDOW_MS });
  });

  it('answers 429 with Retry-After after 10 failures, even for the right password, while other accounts still log in', async () => {
    const victim = await registerUser(t);
    const other = await registerUser(t);
    await failForAccount(t, victim.email, 10);

    const ip = uniqueClientIp();
    const blocked = await loginFrom(t, ip, victim.email, PASSWORD);
    const body = expectProblem(blocked, 429);
    expect(body.detail).toMatch(/900 seconds/);
    expect(blocked.headers['retry-after']).toBe('900');

    // the same client may still log in to another account
    const ok = await loginFrom(t, ip, other.email, PASSWORD);
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(other.id);
  });

  it('lets the tenth attempt through to the password check (the limit is 10, not 9)', async () => {
    const user = await registerUser(t);
    await failForAccount(t, user.email, 9);
    expect((await loginFrom(t, uniqueClientIp(), user.email, PASSWORD)).status).toBe(200);
  });

  it('counts failures for the account whatever the case of the e-mail', async () => {
    const user = await registerUser(t);
    await failForAccount(t, user.email.toUpperCase(), 5);
    await failForAccount(t, user.email, 5);
    expectProblem(await loginFrom(t, uniqueClientIp(), user.email, PASSWORD), 429);
  });

  it('shrinks Retry-After as time passes and lets the account in once the window is over', async () => {
    const user = await registerUser(t);
    await failForAccount(t, user.email, 10);

    t.setNow(new Date(Date.parse(NOW) + 10 * 60_000));
    const later = await loginFrom(t, uniqueClientIp(), user.email, PASSWORD);
    expectProblem(later, 429);
    expect(later.headers['retry-after']).toBe('300');

    t.setNow(new Date(Date.parse(NOW) + WINDOW_MS));
    const res = await loginFrom(t, uniqueClientIp(), user.email, PASSWORD);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('throttles an unknown e-mail exactly like a known one (no account enumeration)', async () => {
    const unknown = `nobody-${randomUUID()}@test.popdesk`;
    await failForAccount(t, unknown, 10);
    const body = expectProblem(await loginFrom(t, uniqueClientIp(), unknown, PASSWORD), 429);
    expect(body.type).toMatch(/too-many-attempts/);
  });

  it('starts counting afresh after a successful login', async () => {
    const user = await registerUser(t);
    await failForAccount(t, user.email, 9);
    expect((await loginFrom(t, uniqueClientIp(), user.email, PASSWORD)).status).toBe(200);
    await failForAccount(t, user.email, 9);
    expect((await loginFrom(t, uniqueClientIp(), user.email, PASSWORD)).status).toBe(200);
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
    t.setNow(new Date(Date.parse(NOW) + WINDOW_MS + 1000));
    expect((await loginFrom(t, client, user.email, PASSWORD)).status).toBe(200);
  });
});
