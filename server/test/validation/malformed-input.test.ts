/**
 * Every write route answers malformed input with a 400 problem document (a 413 for bodies that
 * are too large, a 415 for bodies that are not JSON) and never with a 5xx.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, registerUser, startApp, uniqueClientIp, type TestApp } from '../harness.js';

type Method = 'post' | 'put' | 'patch';

interface Fixture {
  spaceId: string;
  deskId: string;
  userId: string;
  /** a coworker's token, for the routes that act on the caller */
  userToken: string;
}

interface WriteRoute {
  name: string;
  method: Method;
  path: (f: Fixture) => string;
  /** which token to send: none for public routes */
  as: 'admin' | 'user' | 'none';
}

const WRITE_ROUTES: WriteRoute[] = [
  { name: 'POST /api/auth/register', method: 'post', path: () => '/api/auth/register', as: 'none' },
  { name: 'POST /api/auth/login', method: 'post', path: () => '/api/auth/login', as: 'none' },
  { name: 'PATCH /api/me', method: 'patch', path: () => '/api/me', as: 'user' },
  { name: 'PUT /api/users/:userId/role', method: 'put', path: (f) => `/api/users/${f.userId}/role`, as: 'admin' },
  { name: 'POST /api/spaces', method: 'post', path: () => '/api/spaces', as: 'admin' },
  { name: 'PATCH /api/spaces/:spaceId', method: 'patch', path: (f) => `/api/spaces/${f.spaceId}`, as: 'admin' },
  {
    name: 'POST /api/spaces/:spaceId/desks',
    method: 'post',
    path: (f) => `/api/spaces/${f.spaceId}/desks`,
    as: 'admin',
  },
  { name: 'PATCH /api/desks/:deskId', method: 'patch', path: (f) => `/api/desks/${f.deskId}`, as: 'admin' },
  {
    name: 'PUT /api/spaces/:spaceId/opening-hours',
    method: 'put',
    path: (f) => `/api/spaces/${f.spaceId}/opening-hours`,
    as: 'admin',
  },
  {
    name: 'POST /api/spaces/:spaceId/closures',
    method: 'post',
    path: (f) => `/api/spaces/${f.spaceId}/closures`,
    as: 'admin',
  },
  { name: 'POST /api/bookings', method: 'post', path: () => '/api/bookings', as: 'user' },
];

describe('malformed input on every write route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z', config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  async function fixture(): Promise<Fixture> {
    const space = await createSpace(t, { desks: 1 });
    const user = await registerUser(t);
    return { spaceId: space.id, deskId: space.deskIds[0]!, userId: user.id, userToken: user.token };
  }

  function request(route: WriteRoute, f: Fixture) {
    const req = t.http()[route.method](route.path(f)).set('X-Forwarded-For', uniqueClientIp());
    if (route.as === 'admin') req.set(auth(t.adminToken));
    if (route.as === 'user') req.set(auth(f.userToken));
    return req;
  }

  describe.each(WRITE_ROUTES)('$name', (route) => {
    it('answers 400 to malformed JSON', async () => {
      const f = await fixture();
      const res = await request(route, f).set('Content-Type', 'application/json').send('{"a":');
      const body = expectProblem(res, 400);
      expect(body.detail.length).toBeGreaterThan(0);
    });

    it('answers 400 to a body that tries prototype poisoning', async () => {
      const f = await fixture();
      const res = await request(route, f)
        .set('Content-Type', 'application/json')
        .send('{"__proto__": {"role": "admin"}, "name": "x"}');
      expectProblem(res, 400);
    });

    it('answers 400 to a JSON body of the wrong kind (a string)', async () => {
      const f = await fixture();
      const res = await request(route, f).set('Content-Type', 'application/json').send('"just a string"');
      const body = expectProblem(res, 400);
      expect(Array.isArray(body.errors)).toBe(true);
    });

    it('answers 413 to a body over the size limit', async () => {
      const f = await fixture();
      const res = await request(route, f).send({ name: 'x'.repeat(200 * 1024) });
      expectProblem(res, 413);
    });

    it('answers 415 to a body in a media type the API does not read', async () => {
      const f = await fixture();
      const res = await request(route, f).set('Content-Type', 'application/xml').send('<name>x</name>');
      expectProblem(res, 415);
    });

    it('answers 400 to plain text (a string where an object or list is expected)', async () => {
      const f = await fixture();
      const res = await request(route, f).set('Content-Type', 'text/plain').send('name=x');
      expectProblem(res, 400);
    });
  });

  const future = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T08:00:00Z' };
  const WRONG_TYPES: [string, WriteRoute['name'], (f: Fixture) => unknown, string][] = [
    [
      'a number for the e-mail',
      'POST /api/auth/register',
      () => ({ email: 12345, password: 'long enough password', name: 'X' }),
      'body.email',
    ],
    [
      'a number for the name',
      'POST /api/auth/register',
      () => ({ email: `a-${randomUUID()}@test.popdesk`, password: 'long enough password', name: 123 }),
      'body.name',
    ],
    [
      'a number for the password',
      'POST /api/auth/login',
      () => ({ email: 'someone@test.popdesk', password: 1234567890 }),
      'body.password',
    ],
    ['a number for the name', 'PATCH /api/me', () => ({ name: 123 }), 'body.name'],
    ['a boolean for the group', 'PATCH /api/me', () => ({ group: true }), 'body.group'],
    ['a number for the role', 'PUT /api/users/:userId/role', () => ({ role: 1 }), 'body.role'],
    [
      'a string for spaceIds',
      'PUT /api/users/:userId/role',
      (f) => ({ role: 'staff', spaceIds: f.spaceId }),
      'body.spaceIds',
    ],
    ['a number for the name', 'POST /api/spaces', () => ({ name: 123, town: 'X' }), 'body.name'],
    [
      'a string for bookingHorizonDays',
      'POST /api/spaces',
      () => ({ name: 'X', town: 'X', bookingHorizonDays: '7' }),
      'body.bookingHorizonDays',
    ],
    [
      'a string for checkInRequired',
      'POST /api/spaces',
      () => ({ name: 'X', town: 'X', checkInRequired: 'yes' }),
      'body.checkInRequired',
    ],
    [
      'a fraction for releaseAfterMinutes',
      'POST /api/spaces',
      () => ({ name: 'X', town: 'X', releaseAfterMinutes: 30.5 }),
      'body.releaseAfterMinutes',
    ],
    ['a number for opensOn', 'POST /api/spaces', () => ({ name: 'X', town: 'X', opensOn: 20271101 }), 'body.opensOn'],
    ['a number for the time zone', 'POST /api/spaces', () => ({ name: 'X', town: 'X', timezone: 1 }), 'body.timezone'],
    [
      'a string for bookingHorizonDays',
      'PATCH /api/spaces/:spaceId',
      () => ({ bookingHorizonDays: '7' }),
      'body.bookingHorizonDays',
    ],
    [
      'a string for checkInRequired',
      'PATCH /api/spaces/:spaceId',
      () => ({ checkInRequired: 'yes' }),
      'body.checkInRequired',
    ],
    ['a number for the name', 'PATCH /api/spaces/:spaceId', () => ({ name: 123 }), 'body.name'],
    ['null for the name', 'PATCH /api/spaces/:spaceId', () => ({ name: null }), 'body.name'],
    ['a number for the name', 'POST /api/spaces/:spaceId/desks', () => ({ name: 123 }), 'body.name'],
    [
      'a number for activeFrom',
      'POST /api/spaces/:spaceId/desks',
      () => ({ name: 'D', activeFrom: 5 }),
      'body.activeFrom',
    ],
    ['a number for the name', 'PATCH /api/desks/:deskId', () => ({ name: 123 }), 'body.name'],
    ['a boolean for activeUntil', 'PATCH /api/desks/:deskId', () => ({ activeUntil: true }), 'body.activeUntil'],
    [
      'a string for the weekday',
      'PUT /api/spaces/:spaceId/opening-hours',
      () => [{ weekday: '1', opens: '09:00', closes: '17:00' }],
      'body.0.weekday',
    ],
    [
      'a number for opens',
      'PUT /api/spaces/:spaceId/opening-hours',
      () => [{ weekday: 1, opens: 900, closes: '17:00' }],
      'body.0.opens',
    ],
    [
      'an object instead of a list',
      'PUT /api/spaces/:spaceId/opening-hours',
      () => ({ weekday: 1, opens: '09:00', closes: '17:00' }),
      'body',
    ],
    ['a number for the date', 'POST /api/spaces/:spaceId/closures', () => ({ date: 20271101 }), 'body.date'],
    [
      'a number for the reason',
      'POST /api/spaces/:spaceId/closures',
      () => ({ date: '2027-11-01', reason: 5 }),
      'body.reason',
    ],
    ['a number for the desk id', 'POST /api/bookings', () => ({ deskId: 5, ...future }), 'body.deskId'],
    [
      'a number for the start',
      'POST /api/bookings',
      (f) => ({ deskId: f.deskId, start: 1800000000, end: future.end }),
      'body.start',
    ],
    [
      'a date without time for the end',
      'POST /api/bookings',
      (f) => ({ deskId: f.deskId, start: future.start, end: '2027-10-21' }),
      'body.end',
    ],
  ];

  it.each(WRONG_TYPES)('answers 400 with errors[] to %s on %s', async (_what, routeName, makeBody, path) => {
    const route = WRITE_ROUTES.find((r) => r.name === routeName)!;
    const f = await fixture();
    const res = await request(route, f).send(makeBody(f) as object);
    const body = expectProblem(res, 400);
    expect(body.type).toMatch(/validation-error/);
    expect(Array.isArray(body.errors)).toBe(true);
    expect(body.errors!.length).toBeGreaterThan(0);
    for (const e of body.errors!) {
      expect(typeof e.path).toBe('string');
      expect(typeof e.message).toBe('string');
    }
    expect(body.errors!.map((e) => e.path)).toContain(path);
  });

  it('lists every wrong field, not just the first', async () => {
    const res = await t
      .http()
      .post('/api/spaces')
      .set(auth(t.adminToken))
      .send({ name: 123, town: false, bookingHorizonDays: '7', checkInRequired: 'yes' });
    const body = expectProblem(res, 400);
    expect(body.errors!.map((e) => e.path)).toEqual(
      expect.arrayContaining(['body.name', 'body.town', 'body.bookingHorizonDays', 'body.checkInRequired']),
    );
  });

  it('names a missing required field in the path', async () => {
    const body = expectProblem(
      await t.http().post('/api/spaces').set(auth(t.adminToken)).send({ name: 'No town' }),
      400,
    );
    expect(body.errors).toContainEqual({ path: 'body.town', message: expect.any(String) });
  });

  it('does not coerce a string into a number, boolean or name and creates nothing', async () => {
    const name = `Coerced ${randomUUID()}`;
    expectProblem(
      await t.http().post('/api/spaces').set(auth(t.adminToken)).send({ name, town: 'X', bookingHorizonDays: '7' }),
      400,
    );
    const list = await t.http().get('/api/spaces').expect(200);
    expect(list.body.some((s: { name: string }) => s.name === name)).toBe(false);
  });
});
