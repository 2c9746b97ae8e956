/**
 * Test harness: the real app on a real database, with a settable clock, and fixtures made through
 * the public API (each test makes its own spaces and users, so tests never depend on order).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { captureAnswers } from './openapi/conformance.js';

export const isPostgres = Boolean(process.env.DATABASE_URL);

export interface TestApp {
  app: FastifyInstance;
  /** supertest against the real HTTP server */
  http: () => supertest.Agent;
  setNow(iso: string | Date): void;
  now(): Date;
  adminToken: string;
  /** the answers given so far, checked against the OpenAPI document */
  answers: { failures(): string[]; count(): number };
  /** closes the app; fails when an answer did not conform to the OpenAPI document */
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    // webhook receivers in tests listen on 127.0.0.1 over http; the SSRF guard's own tests turn this off
    ...loadConfig({ DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'silent', WEBHOOK_ALLOW_PRIVATE: 'true' }),
    dataDir: null,
    serveWeb: false,
    runScheduler: false,
    // every test registers its own users from 127.0.0.1; the throttle's own tests set real limits
    register: { maxPerClient: 1_000_000, maxPerAccount: 1_000_000 },
    // tests answer surveys many times from 127.0.0.1; the survey throttle's own test sets a real limit
    surveys: { maxResponsesPerClient: 1_000_000 },
    ...overrides,
  };
}

export async function startApp(opts: { now?: string; config?: Partial<Config> } = {}): Promise<TestApp> {
  let now = new Date(opts.now ?? '2027-10-20T10:00:00Z');
  const admin = { email: `admin-${randomUUID()}@test.popdesk`, password: 'admin-password-1' };
  const app = await buildApp({ config: testConfig({ admin, ...opts.config }), clock: () => now });
  // every answer of every test is checked against the app's own OpenAPI document (test/openapi)
  const answers = captureAnswers(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const http = () => supertest.agent(app.server);
  // from a client address of its own: on PostgreSQL all test files share the login counters, and
  // where a test trusts the proxy header, another file's failures from 127.0.0.1 must not refuse it
  const login = await http().post('/api/auth/login').set('X-Forwarded-For', uniqueClientIp()).send(admin).expect(200);
  return {
    app,
    http,
    setNow: (iso) => (now = new Date(iso)),
    now: () => now,
    adminToken: login.body.token as string,
    answers,
    close: async () => {
      await app.close();
      const failures = answers.failures();
      if (failures.length > 0) {
        throw new Error(`${failures.length} answers do not conform to /docs/json:\n${failures.join('\n')}`);
      }
    },
  };
}

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface TestUser {
  id: string;
  token: string;
  email: string;
}

export async function registerUser(t: TestApp, fields: { group?: string; name?: string } = {}): Promise<TestUser> {
  const email = `user-${randomUUID()}@test.popdesk`;
  const res = await t
    .http()
    .post('/api/auth/register')
    .send({
      email,
      password: 'correct horse battery',
      name: fields.name ?? 'Test Person',
      ...(fields.group ? { group: fields.group } : {}),
    })
    .expect(201);
  return { id: res.body.user.id, token: res.body.token, email };
}

export async function makeStaff(t: TestApp, spaceIds: string[]): Promise<TestUser> {
  const user = await registerUser(t);
  await t
    .http()
    .put(`/api/users/${user.id}/role`)
    .set(auth(t.adminToken))
    .send({ role: 'staff', spaceIds })
    .expect(200);
  return user;
}

export interface SpaceFixture {
  id: string;
  deskIds: string[];
}

const WEEKDAYS_9_TO_17 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));

export async function createSpace(
  t: TestApp,
  opts: {
    desks?: number;
    hours?: { weekday: number; opens: string; closes: string }[];
    body?: Record<string, unknown>;
  } = {},
): Promise<SpaceFixture> {
  const res = await t
    .http()
    .post('/api/spaces')
    .set(auth(t.adminToken))
    .send({ name: `Space ${randomUUID().slice(0, 8)}`, town: 'Oestrich-Winkel', ...opts.body })
    .expect(201);
  const id = res.body.id as string;
  const deskIds: string[] = [];
  for (let i = 1; i <= (opts.desks ?? 2); i++) {
    const desk = await t
      .http()
      .post(`/api/spaces/${id}/desks`)
      .set(auth(t.adminToken))
      .send({ name: `Desk ${i}` })
      .expect(201);
    deskIds.push(desk.body.id);
  }
  await t
    .http()
    .put(`/api/spaces/${id}/opening-hours`)
    .set(auth(t.adminToken))
    .send(opts.hours ?? WEEKDAYS_9_TO_17)
    .expect(200);
  return { id, deskIds };
}

export function book(t: TestApp, token: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.http().post('/api/bookings').set(auth(token)).set(headers).send(body);
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

/**
 * Asserts an RFC 9457 problem document with the given status. `Extra` names the members a
 * particular problem adds (e.g. a series' `failed` list).
 */
export function expectProblem<Extra extends object = object>(res: supertest.Response, status: number): Problem & Extra {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${res.headers['content-type']}`);
  }
  for (const field of ['type', 'title', 'status', 'detail']) {
    if (!(field in res.body)) throw new Error(`problem document lacks ${field}: ${JSON.stringify(res.body)}`);
  }
  if (res.body.status !== status) throw new Error(`problem status ${res.body.status} != ${status}`);
  return res.body as Problem & Extra;
}

/**
 * A client address of its own, sent as X-Forwarded-For to an app started with `trustProxy`, so
 * that the login throttling one test provokes never reaches another test on a shared database.
 */
export function uniqueClientIp(): string {
  const hex = randomUUID().slice(0, 6);
  return `10.${parseInt(hex.slice(0, 2), 16)}.${parseInt(hex.slice(2, 4), 16)}.${parseInt(hex.slice(4, 6), 16)}`;
}
