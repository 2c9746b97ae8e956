/**
 * Property-based fuzzing (fast-check) of every write route and of the query strings: random and
 * hostile input (wrong types, huge strings, deep nesting, __proto__, impossible dates, overflow
 * numbers) must always get a 4xx problem+json — never a 5xx — and a rejected request must leave
 * the database exactly as it was (row counts of every table before and after).
 *
 * On PostgreSQL this file uses a database of its own (`<name>_fuzz`), because other test files
 * write to the shared one at the same time and would change the counts.
 */
import fc from 'fast-check';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db/db.js';
import { auth, createSpace, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';

const RUNS = 50;
const TABLES = [
  'users',
  'spaces',
  'desks',
  'opening_hours',
  'closures',
  'bookings',
  'staff_spaces',
  'waitlist_entries',
  'idempotency_keys',
  'audit_log',
];

async function ownDatabaseUrl(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const target = new URL(url);
  const name = `${target.pathname.slice(1)}_fuzz`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  target.pathname = `/${name}`;
  return target.toString();
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '2027-02-30',
    '2027-13-01',
    '2027-00-10',
    '0000-01-01',
    '9999-12-31T99:99:99Z',
    '2027-10-20T25:00:00Z',
    '24:61',
    '-1',
    'NaN',
    'null',
    "'; drop table users; --",
    '<script>alert(1)</script>',
    '\u0000',
    'x'.repeat(5000),
  ),
  fc.integer(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 31) - 1, 2 ** 31, 0.5, -0),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** Raw JSON texts: hostile bodies built from a valid one. */
function hostileBody(valid: Record<string, unknown> | unknown[]): fc.Arbitrary<string> {
  const keys = Array.isArray(valid) ? ['0'] : Object.keys(valid);
  const mutate = fc
    .record({ key: fc.constantFrom(...keys), value: hostileValue })
    .map(({ key, value }) =>
      JSON.stringify(Array.isArray(valid) ? [{ ...(valid[0] as object), weekday: value }] : { ...valid, [key]: value }),
    );
  const extra = fc
    .record({ key: fc.string({ maxLength: 12 }), value: hostileValue })
    .map(({ key, value }) => JSON.stringify(Array.isArray(valid) ? valid : { ...valid, [key || 'x']: value }));
  const proto = fc.constantFrom(
    `{"__proto__":{"role":"admin","isAdmin":true},${JSON.stringify(valid).slice(1)}`,
    `{"constructor":{"prototype":{"role":"admin"}},${JSON.stringify(valid).slice(1)}`,
  );
  const raw = fc.oneof(
    fc.constantFrom(
      deep(5000),
      deepObject(3000),
      '{',
      '[]',
      '""',
      'null',
      '0',
      'true',
      '{"a":1,"a":2}',
      '\uFEFF{}',
      JSON.stringify('x'.repeat(80_000)),
    ),
    fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
    fc.string({ maxLength: 60 }),
  );
  return fc.oneof(
    { weight: 4, arbitrary: mutate },
    { weight: 1, arbitrary: extra },
    { weight: 1, arbitrary: proto },
    { weight: 2, arbitrary: raw },
  );
}

describe('fuzzing', () => {
  let t: TestApp;
  let counts: () => Promise<string>;
  let ids: { space: string; desk: string; booking: string; user: string; entry: string };
  let tokens: { admin: string; staff: string; coworker: string };
  let requests = 0;

  beforeAll(async () => {
    const databaseUrl = await ownDatabaseUrl();
    t = await startApp({ config: databaseUrl ? { databaseUrl } : {} });
    const space = await createSpace(t, { desks: 2 });
    const staff = await makeStaff(t, [space.id]);
    const coworker = await registerUser(t);
    const booking = await t
      .http()
      .post('/api/bookings')
      .set(auth(coworker.token))
      .send({ deskId: space.deskIds[0], start: '2027-10-21T08:00:00Z', end: '2027-10-21T09:00:00Z' })
      .expect(201);
    const entry = await t
      .http()
      .post(`/api/spaces/${space.id}/waitlist`)
      .set(auth(coworker.token))
      .send({ date: '2027-10-22' })
      .expect(201);
    ids = {
      space: space.id,
      desk: space.deskIds[0]!,
      booking: booking.body.id,
      user: coworker.id,
      entry: entry.body.id,
    };
    tokens = { admin: t.adminToken, staff: staff.token, coworker: coworker.token };
    counts = async () => {
      const [row] = await rows(
        t.app.db,
        sql.raw(`select ${TABLES.map((n) => `(select count(*) from ${n}) as ${n}`).join(', ')}`),
      );
      return JSON.stringify(row);
    };
  }, 180_000);
  afterAll(async () => {
    await t.close();
    console.info(`fuzzing: ${requests} hostile requests`);
  });

  async function check(
    method: 'post' | 'put' | 'patch' | 'delete' | 'get',
    path: string,
    token: string | null,
    body?: string,
  ) {
    const before = await counts();
    let req = t.http()[method](path);
    if (token) req = req.set(auth(token));
    if (body !== undefined) req = req.set('Content-Type', 'application/json').send(body);
    const res = await req;
    requests++;
    const info = `${method.toUpperCase()} ${path} ${body?.slice(0, 200) ?? ''} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
    expect(res.status, info).toBeLessThan(500);
    if (res.status >= 400) {
      expect(String(res.headers['content-type']), info).toMatch(/^application\/problem\+json/);
      expect(await counts(), `database changed by a rejected request: ${info}`).toBe(before);
    }
    return res.status;
  }

  const writeRoutes = () => [
    {
      method: 'post' as const,
      path: '/api/auth/register',
      token: null,
      valid: { email: 'fuzz@test.popdesk', password: 'correct horse battery', name: 'Fuzz', group: 'student' },
    },
    {
      method: 'post' as const,
      path: '/api/auth/login',
      token: null,
      valid: { email: 'fuzz@test.popdesk', password: 'correct horse battery' },
    },
    {
      method: 'patch' as const,
      path: '/api/me',
      token: tokens.coworker,
      valid: { name: 'Fuzz', group: 'student', locale: 'en' },
    },
    {
      method: 'post' as const,
      path: '/api/me/password',
      token: tokens.coworker,
      valid: { currentPassword: 'wrong', newPassword: 'another long password' },
    },
    {
      method: 'put' as const,
      path: `/api/users/${ids.user}/role`,
      token: tokens.admin,
      valid: { role: 'staff', spaceIds: [ids.space] },
    },
    {
      method: 'post' as const,
      path: '/api/spaces',
      token: tokens.admin,
      valid: {
        name: 'Fuzz',
        town: 'Fuzz',
        timezone: 'Europe/Berlin',
        opensOn: '2027-01-01',
        closesOn: '2027-12-31',
        bookingHorizonDays: 28,
        checkInRequired: false,
        releaseAfterMinutes: 30,
      },
    },
    {
      method: 'patch' as const,
      path: `/api/spaces/${ids.space}`,
      token: tokens.staff,
      valid: { timezone: 'Europe/Berlin', opensOn: '2027-01-01', bookingHorizonDays: 28 },
    },
    {
      method: 'post' as const,
      path: `/api/spaces/${ids.space}/desks`,
      token: tokens.staff,
      valid: { name: 'Fuzz', activeFrom: '2027-01-01', activeUntil: '2027-12-31' },
    },
    {
      method: 'patch' as const,
      path: `/api/desks/${ids.desk}`,
      token: tokens.staff,
      valid: { activeFrom: '2027-01-01', activeUntil: '2027-12-31' },
    },
    {
      method: 'put' as const,
      path: `/api/spaces/${ids.space}/opening-hours`,
      token: tokens.staff,
      valid: [{ weekday: 1, opens: '09:00', closes: '17:00' }],
    },
    {
      method: 'post' as const,
      path: `/api/spaces/${ids.space}/closures`,
      token: tokens.staff,
      valid: { date: '2027-12-24', reason: 'Fuzz' },
    },
    {
      method: 'post' as const,
      path: '/api/bookings',
      token: tokens.coworker,
      valid: { deskId: ids.desk, start: '2027-10-21T10:00:00Z', end: '2027-10-21T11:00:00Z' },
    },
    {
      method: 'post' as const,
      path: '/api/bookings',
      token: tokens.staff,
      valid: { deskId: ids.desk, start: '2027-10-21T12:00:00Z', end: '2027-10-21T13:00:00Z', guestName: 'Guest' },
    },
    {
      method: 'post' as const,
      path: `/api/spaces/${ids.space}/waitlist`,
      token: tokens.coworker,
      valid: { date: '2027-10-25', start: '2027-10-25T08:00:00Z', end: '2027-10-25T09:00:00Z' },
    },
    {
      method: 'post' as const,
      path: '/api/bookings/series',
      token: tokens.coworker,
      valid: {
        deskId: ids.desk,
        firstDate: '2027-10-25',
        startTime: '09:00',
        endTime: '10:00',
        weeks: 2,
        mode: 'atomic',
      },
    },
    {
      method: 'post' as const,
      path: '/api/admin/webhooks',
      token: tokens.admin,
      valid: { url: 'https://hooks.example.invalid/x', events: ['booking.created'] },
    },
  ];

  it(
    `every write route: hostile bodies → 4xx problem+json, database unchanged (${RUNS} runs each)`,
    { timeout: 600_000 },
    async () => {
      for (const route of writeRoutes()) {
        await fc.assert(
          fc.asyncProperty(hostileBody(route.valid), async (body) => {
            await check(route.method, route.path, route.token, body);
          }),
          { numRuns: RUNS },
        );
      }
    },
  );

  it(`hostile path parameters on every route with an id (${RUNS} runs each)`, { timeout: 300_000 }, async () => {
    const templates = [
      '/api/spaces/:id',
      '/api/spaces/:id/availability?date=2027-10-21',
      '/api/bookings/:id',
      '/api/desks/:id',
      '/api/spaces/:id/closures/2027-10-21',
      '/api/waitlist/:id',
      '/api/bookings/:id/cancel',
      '/api/calendar/:id',
    ];
    const methods: Record<string, 'get' | 'patch' | 'delete' | 'post'> = {
      '/api/desks/:id': 'patch',
      '/api/spaces/:id/closures/2027-10-21': 'delete',
      '/api/waitlist/:id': 'delete',
      '/api/bookings/:id/cancel': 'post',
    };
    const idArb = fc.oneof(
      fc.uuid(),
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '..%2F..%2Fetc%2Fpasswd',
        "'%20or%201=1--",
        '%00',
        'x'.repeat(300),
        '00000000-0000-0000-0000-000000000000',
      ),
    );
    for (const template of templates) {
      await fc.assert(
        fc.asyncProperty(idArb, async (id) => {
          const path = template.replace(':id', encodeURIComponent(id).replace(/%25/g, '%'));
          await check(
            methods[template] ?? 'get',
            path,
            tokens.admin,
            methods[template] === 'patch' ? '{"name":"x"}' : undefined,
          );
        }),
        { numRuns: RUNS },
      );
    }
  });

  it(`every query string: hostile values → never 5xx (${RUNS} runs each)`, { timeout: 300_000 }, async () => {
    const routes = [
      { path: `/api/spaces/${'SPACE'}/availability`, keys: ['date'], token: null },
      { path: '/api/bookings', keys: ['from', 'to', 'spaceId', 'status', 'limit'], token: 'staff' },
      { path: `/api/spaces/SPACE/reports/monthly`, keys: ['month', 'format', 'locale'], token: 'admin' },
      { path: '/api/reports/usage', keys: ['from', 'to', 'spaceId'], token: 'admin' },
      { path: '/api/users', keys: ['q', 'limit'], token: 'admin' },
      {
        path: '/api/audit-log',
        keys: ['from', 'to', 'actorId', 'spaceId', 'action', 'limit', 'offset'],
        token: 'admin',
      },
      { path: '/api/spaces/SPACE/waitlist', keys: ['date'], token: 'staff' },
      { path: '/api/me/notifications', keys: ['unread', 'limit'], token: 'coworker' },
    ] as const;
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '2027-02-30',
        '2027-13',
        '2027-10-20T25:00:00Z',
        '99999999999999999999',
        '-1',
        '1e308',
        'NaN',
        '[]',
        '{}',
        '__proto__',
        'x'.repeat(3000),
      ),
      fc.integer().map(String),
    );
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...route.keys, '__proto__', 'constructor'), value), { maxLength: 5 }),
          async (pairs) => {
            const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
            await check(
              'get',
              `${route.path.replace('SPACE', ids.space)}?${qs}`,
              route.token ? tokens[route.token] : null,
            );
          },
        ),
        { numRuns: RUNS },
      );
    }
  });
});
