import { createHmac, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';

const SECRET = 'a-known-test-secret-that-is-long-enough-0123456789';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT made by hand: `alg` decides the signature (HS256/HS512 with `secret`, or none). */
function craftToken(
  payload: Record<string, unknown>,
  opts: { secret?: string; alg?: 'HS256' | 'HS512' | 'none' } = {},
) {
  const alg = opts.alg ?? 'HS256';
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  if (alg === 'none') return `${head}.`;
  const hmac = createHmac(alg === 'HS512' ? 'sha512' : 'sha256', opts.secret ?? SECRET);
  return `${head}.${hmac.update(head).digest('base64url')}`;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const claims = (sub: string, extra: Record<string, unknown> = {}) => ({
  sub,
  role: 'coworker',
  iat: nowSeconds(),
  exp: nowSeconds() + 3600,
  ...extra,
});

describe('bearer tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ config: { jwtSecret: SECRET } });
  });
  afterAll(() => t.close());

  const me = (token: string) => t.http().get('/api/me').set(auth(token));

  it('accepts a well-formed HS256 token signed with the server’s secret (the forgeries below differ only in one point)', async () => {
    const user = await registerUser(t);
    const res = await me(craftToken(claims(user.id)));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.id).toBe(user.id);
  });

  it('issues tokens that expire after 12 hours by default', async () => {
    const user = await registerUser(t);
    const payload = JSON.parse(Buffer.from(user.token.split('.')[1]!, 'base64url').toString());
    expect(payload.sub).toBe(user.id);
    expect(payload.exp - payload.iat).toBe(12 * 3600);
    const header = JSON.parse(Buffer.from(user.token.split('.')[0]!, 'base64url').toString());
    expect(header.alg).toBe('HS256');
  });

  it('answers 401 to a token signed with another secret', async () => {
    const user = await registerUser(t);
    expectProblem(
      await me(craftToken(claims(user.id), { secret: 'another-secret-that-is-also-long-enough-98765' })),
      401,
    );
  });

  it('answers 401 to an unsigned token (alg none)', async () => {
    const user = await registerUser(t);
    const token = craftToken(claims(user.id), { alg: 'none' });
    expectProblem(await me(token), 401);
    expectProblem(await me(token.slice(0, -1)), 401);
  });

  it('answers 401 to a token with another algorithm, even with the right secret', async () => {
    const user = await registerUser(t);
    expectProblem(await me(craftToken(claims(user.id), { alg: 'HS512' })), 401);
  });

  it('answers 401 to an expired token', async () => {
    const user = await registerUser(t);
    const expired = craftToken(claims(user.id, { iat: nowSeconds() - 7200, exp: nowSeconds() - 60 }));
    const body = expectProblem(await me(expired), 401);
    expect(body.detail).toMatch(/expired|invalid/i);
  });

  it('answers 401 to a token whose payload was changed after signing', async () => {
    const user = await registerUser(t);
    const admin = await t.http().get('/api/me').set(auth(t.adminToken)).expect(200);
    const [head, , signature] = user.token.split('.');
    const tampered = `${head}.${b64(claims(admin.body.id, { role: 'admin' }))}.${signature}`;
    expectProblem(await me(tampered), 401);
    expectProblem(
      await t.http().post('/api/spaces').set(auth(tampered)).send({ name: 'Forged', town: 'Nowhere' }),
      401,
    );
  });

  it('answers 401 to a valid token for someone who does not exist', async () => {
    expectProblem(await me(craftToken(claims(randomUUID()))), 401);
  });

  it('answers 401 to a valid token whose subject is not an id at all', async () => {
    expectProblem(await me(craftToken(claims('not-a-uuid'))), 401);
    expectProblem(await me(craftToken(claims(''))), 401);
  });

  it.each([
    ['no token', undefined],
    ['an empty bearer', 'Bearer '],
    ['garbage', 'Bearer not.a.token'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('answers 401 to %s', async (_what, header) => {
    const req = t.http().get('/api/me');
    if (header !== undefined) req.set('Authorization', header);
    const body = expectProblem(await req, 401);
    expect(body.type).toMatch(/unauthorized/);
  });
});

describe('token expiry (jwtExpiresIn)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ config: { jwtExpiresIn: '1s' } });
  });
  afterAll(() => t.close());

  it('refuses a token once its lifetime has passed', async () => {
    const user = await registerUser(t);
    await sleep(2100);
    expectProblem(await t.http().get('/api/me').set(auth(user.token)), 401);
    // a fresh login gives a working token again
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'correct horse battery' })
      .expect(200);
    await t.http().get('/api/me').set(auth(login.body.token)).expect(200);
  });
});
