/**
 * OWASP API2 (authentication), API4 (resource consumption), API8 (misconfiguration): token
 * revocation, registration throttling, headers, CORS, body limits, no internals in answers, and
 * no personal data or secrets in the logs.
 */
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildApp } from '../../src/app.js';
import { setHashCostForTests } from '../../src/features/accounts/passwords.js';
import { loggerOptions, redactUrl } from '../../src/lib/log-redaction.js';
import { auth, expectProblem, registerUser, startApp, testConfig, uniqueClientIp, type TestApp } from '../harness.js';

const PASSWORD = 'correct horse battery';

describe('token revocation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('a password change revokes every older token, returns a working one, and the new password logs in', async () => {
    const user = await registerUser(t);
    const second = await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    const res = await t
      .http()
      .post('/api/me/password')
      .set(auth(user.token))
      .send({ currentPassword: PASSWORD, newPassword: 'a brand new password' })
      .expect(200);
    expectProblem(await t.http().get('/api/me').set(auth(user.token)), 401);
    expectProblem(await t.http().get('/api/me').set(auth(second.body.token)), 401);
    await t.http().get('/api/me').set(auth(res.body.token)).expect(200);
    expectProblem(await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }), 401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: 'a brand new password' }).expect(200);
  });

  it('a wrong current password is 403 and changes nothing; a short new one is 400', async () => {
    const user = await registerUser(t);
    expectProblem(
      await t
        .http()
        .post('/api/me/password')
        .set(auth(user.token))
        .send({ currentPassword: 'wrong wrong wrong', newPassword: 'a brand new password' }),
      403,
    );
    expectProblem(
      await t
        .http()
        .post('/api/me/password')
        .set(auth(user.token))
        .send({ currentPassword: PASSWORD, newPassword: 'short' }),
      400,
    );
    await t.http().get('/api/me').set(auth(user.token)).expect(200);
    await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
  });

  it('logout-everywhere revokes every token issued so far; a new login works', async () => {
    const user = await registerUser(t);
    const other = await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    await t.http().post('/api/me/logout-everywhere').set(auth(user.token)).expect(204);
    expectProblem(await t.http().get('/api/me').set(auth(user.token)), 401);
    expectProblem(await t.http().get('/api/me').set(auth(other.body.token)), 401);
    await new Promise((r) => setTimeout(r, 1100)); // tokens carry whole seconds: the next one is after the cut-off
    const again = await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    await t.http().get('/api/me').set(auth(again.body.token)).expect(200);
  });

  it('account deletion revokes the token at once', async () => {
    const user = await registerUser(t);
    await t.http().delete('/api/me').set(auth(user.token)).expect(204);
    expectProblem(await t.http().get('/api/me').set(auth(user.token)), 401);
    expectProblem(await t.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD }), 401);
  });
});

describe('registration throttling and enumeration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ config: { trustProxy: true, register: { maxPerClient: 5, maxPerAccount: 3 } } });
  });
  afterAll(() => t.close());

  const register = (ip: string, email: string) =>
    t.http().post('/api/auth/register').set('X-Forwarded-For', ip).send({ email, password: PASSWORD, name: 'Probe' });

  it('answers 429 with Retry-After after too many registrations from one client', async () => {
    const ip = uniqueClientIp();
    for (let i = 0; i < 5; i++) expect((await register(ip, `r-${randomUUID()}@test.popdesk`)).status).toBe(201);
    const res = await register(ip, `r-${randomUUID()}@test.popdesk`);
    expectProblem(res, 429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // another client is not affected
    expect((await register(uniqueClientIp(), `r-${randomUUID()}@test.popdesk`)).status).toBe(201);
  });

  it('answers 429 after too many attempts for one e-mail, from any number of clients (probing who exists)', async () => {
    const email = `r-${randomUUID()}@test.popdesk`;
    expect((await register(uniqueClientIp(), email)).status).toBe(201);
    expectProblem(await register(uniqueClientIp(), email), 409);
    expectProblem(await register(uniqueClientIp(), email), 409);
    const res = await register(uniqueClientIp(), email);
    expectProblem(res, 429);
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('a taken e-mail (409) and a free one (201) take similar time: the password is hashed either way', async () => {
    // at the production cost, which this is about (the suite hashes cheaply: test/cheap-hashes.ts)
    setHashCostForTests('owasp');
    onTestFinished(() => setHashCostForTests('test'));
    const taken = `r-${randomUUID()}@test.popdesk`;
    await register(uniqueClientIp(), taken).expect(201);
    const time = async (email: string) => {
      const started = performance.now();
      await register(uniqueClientIp(), email);
      return performance.now() - started;
    };
    const free: number[] = [];
    const busy: number[] = [];
    for (let i = 0; i < 2; i++) {
      free.push(await time(`r-${randomUUID()}@test.popdesk`));
      busy.push(await time(taken));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // the hash dominates both; a 409 that skipped it would be several times faster
    expect(median(busy)).toBeGreaterThan(median(free) * 0.4);
  });

  it('login answers the same 401 for an unknown e-mail and a wrong password', async () => {
    const user = { email: `r-${randomUUID()}@test.popdesk` };
    await register(uniqueClientIp(), user.email).expect(201);
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', uniqueClientIp())
      .send({ email: `nobody-${randomUUID()}@test.popdesk`, password: PASSWORD });
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', uniqueClientIp())
      .send({ email: user.email, password: 'not the password' });
    expect(unknown.status).toBe(401);
    expect({ ...unknown.body, instance: null }).toEqual({ ...wrong.body, instance: null });
  });
});

describe('headers, CORS, limits, error hygiene', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('sends security headers with a CSP that allows only the app’s own scripts', async () => {
    const res = await t.http().get('/api/spaces').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends the same security headers with every kind of answer: problems, unknown paths, cached JSON', async () => {
    const reference = (await t.http().get('/api/spaces').expect(200)).headers;
    const answers = [
      await t.http().get('/api/spaces/not-an-id').expect(400),
      await t.http().get('/api/no-such-thing').expect(404),
      await t.http().post('/api/bookings').send({}).expect(401),
    ];
    for (const res of answers) {
      for (const name of [
        'content-security-policy',
        'x-content-type-options',
        'x-frame-options',
        'strict-transport-security',
        'referrer-policy',
        'cross-origin-opener-policy',
      ]) {
        expect(res.headers[name], name).toBe(reference[name]);
      }
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('keeps CORS closed by default: no Access-Control-Allow-Origin for a foreign origin', async () => {
    const res = await t.http().get('/api/spaces').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await t
      .http()
      .options('/api/bookings')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(pre.status).toBe(404);
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('opens CORS to exactly the configured origins', async () => {
    const app = await buildApp({ config: testConfig({ corsOrigins: ['https://rathaus.example'] }) });
    try {
      const ok = await app.inject({
        method: 'GET',
        url: '/api/spaces',
        headers: { origin: 'https://rathaus.example' },
      });
      expect(ok.headers['access-control-allow-origin']).toBe('https://rathaus.example');
      const no = await app.inject({ method: 'GET', url: '/api/spaces', headers: { origin: 'https://evil.example' } });
      expect(no.headers['access-control-allow-origin']).toBeUndefined();
      const pre = await app.inject({
        method: 'OPTIONS',
        url: '/api/bookings',
        headers: { origin: 'https://rathaus.example', 'access-control-request-method': 'POST' },
      });
      expect(pre.statusCode).toBeLessThan(300);
      expect(String(pre.headers['access-control-allow-headers'])).toMatch(/Authorization/i);
    } finally {
      await app.close();
    }
  });

  it('answers 413 problem+json to a body over the limit', async () => {
    const user = await registerUser(t);
    const res = await t
      .http()
      .patch('/api/me')
      .set(auth(user.token))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(200_000) }));
    expectProblem(res, 413);
  });

  it('has a request timeout configured', () => {
    expect(t.app.server.requestTimeout).toBe(30_000);
  });

  it('never answers with a stack trace or SQL, even for broken input', async () => {
    const user = await registerUser(t);
    const probes = [
      t.http().post('/api/bookings').set(auth(user.token)).set('Content-Type', 'application/json').send('{"deskId": '),
      t.http().get("/api/spaces/' or 1=1 --"),
      t.http().get('/api/spaces/00000000-0000-0000-0000-000000000000/availability?date=2027-02-30'),
      t.http().get('/api/bookings?from=not-a-date').set(auth(user.token)),
      t.http().post('/api/spaces').set(auth(t.adminToken)).send({ name: 'x', town: 'y', bookingHorizonDays: 1e12 }),
    ];
    for (const res of await Promise.all(probes)) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+|select |insert into|drizzle/i);
    }
  });
});

describe('logs hold no personal data or secrets', () => {
  it('redactUrl masks query values, e-mails and calendar secrets', () => {
    expect(redactUrl('/api/users?q=anna@example.org&limit=5')).toBe('/api/users?q=[redacted]&limit=[redacted]');
    expect(redactUrl('/api/calendar/s3cr3t-token-abcdefgh.ics')).toBe('/api/calendar/[redacted]');
    expect(redactUrl('/api/spaces/abc')).toBe('/api/spaces/abc');
  });

  it('the server’s logger censors tokens, passwords and e-mails in real requests', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({ config: testConfig(), logger: loggerOptions('trace', stream) });
    try {
      const email = `secret-${randomUUID()}@test.popdesk`;
      const reg = await app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: { email, password: PASSWORD, name: 'Secret Name' },
      });
      const token = reg.json().token as string;
      await app.inject({
        method: 'GET',
        url: `/api/users?q=${encodeURIComponent(email)}`,
        headers: { authorization: `Bearer ${token}` },
      });
      await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${token}`, cookie: 'session=abc' },
      });
      app.log.info({ user: { email, password: PASSWORD } }, 'an object with personal data');
      const all = lines.join('');
      expect(lines.length).toBeGreaterThan(3);
      expect(all).not.toContain(email);
      expect(all).not.toContain(token);
      expect(all).not.toContain(PASSWORD);
      expect(all).not.toContain('session=abc');
      expect(all).toContain('[redacted]');
    } finally {
      await app.close();
    }
  });
});
