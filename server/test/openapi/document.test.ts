/**
 * The OpenAPI document at /docs/json, as municipal IT's tools read it: redocly's recommended
 * ruleset without errors, an operationId and an explicit security on every operation, named
 * schemas, problem+json errors, described answers and headers. (That every answer the tests
 * produce conforms to it is checked by the harness on every test app: see conformance.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { auth, createSpace, registerUser, startApp, type TestApp } from '../harness.js';
import { conformanceChecker } from './conformance.js';

interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: { $ref?: string } }>;
}
interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string }[];
  responses: Record<string, Response>;
}
interface Doc {
  openapi: string;
  servers?: { url: string }[];
  security?: unknown;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let t: TestApp;
let doc: Doc;
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );

beforeAll(async () => {
  t = await startApp();
  const res = await t.http().get('/docs/json').expect(200);
  doc = res.body as Doc;
});
afterAll(() => t?.close());

describe('the OpenAPI document', () => {
  it('passes redocly lint (recommended ruleset) without errors or warnings', async () => {
    const config = await createConfig({
      extends: ['recommended'],
      rules: {
        // /health, /ready, the space list and the privacy info take no input at all: there is no
        // client error they could answer, and declaring one would mislead generated clients
        'operation-4xx-response': 'off',
      },
    });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: 'popdesk-openapi.json',
      config,
    });
    const listed = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(listed).toEqual([]);
  });

  it('names every operation once, and declares its security (public ones: none)', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(50);
    const ids = ops.map(({ op }) => op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.security).toBeUndefined();
    expect(doc.servers?.length).toBeGreaterThan(0);
    const publicOps = ops.filter(({ op }) => op.security?.length === 0).map(({ key }) => key);
    expect(publicOps.sort()).toEqual(
      [
        'GET /health',
        'GET /ready',
        'POST /api/auth/register',
        'POST /api/auth/login',
        'POST /api/auth/password-reset',
        'POST /api/auth/password-reset/confirm',
        'GET /api/imprint',
        'GET /api/spaces',
        'GET /api/spaces/{spaceId}',
        'GET /api/spaces/{spaceId}/availability',
        'GET /api/spaces/{spaceId}/floor-plan',
        'GET /api/spaces/{spaceId}/floor-plan/meta',
        'GET /api/spaces/{spaceId}/board',
        'GET /api/calendar/{file}',
        'GET /api/privacy-info',
        'GET /api/events',
        'GET /api/events/{eventId}',
        'GET /api/events/{eventId}/event.ics',
        'GET /api/spaces/{spaceId}/events',
        'GET /api/surveys/{surveyId}',
        'GET /api/surveys/{surveyId}/qr.svg',
        'GET /api/desks/{deskId}/qr.svg',
        'GET /api/spaces/{spaceId}/qr.svg',
        'GET /api/desks/{deskId}/door',
        'POST /api/surveys/{surveyId}/responses',
      ].sort(),
    );
    for (const { key, op } of ops) {
      if (op.security?.length === 0) continue;
      expect(op.security, key).toEqual([{ bearer: [] }]);
      expect(op.responses['401'], `${key} declares 401`).toBeDefined();
    }
  });

  it('answers errors as problem+json with the named Problem schema, and describes every answer', () => {
    for (const { key, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        expect(response.description, `${key} ${status}`).not.toBe('Default Response');
        if (Number(status) < 400) continue;
        expect(Object.keys(response.content ?? {}), `${key} ${status}`).toEqual(['application/problem+json']);
        expect(response.content?.['application/problem+json']?.schema).toEqual({
          $ref: '#/components/schemas/Problem',
        });
      }
    }
  });

  it('names the shared schemas under components and refers to them', () => {
    for (const name of ['Problem', 'Booking', 'Space', 'SpaceSummary', 'User', 'MonthlyReport', 'Webhook']) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    const getBooking = doc.paths['/api/bookings/{bookingId}']!.get!;
    expect(getBooking.responses['200']!.content!['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/Booking',
    });
  });

  it('declares 400, 413 and 415 for every operation that reads a body', () => {
    for (const { key, op } of operations()) {
      if (!/^(POST|PUT|PATCH|DELETE) /.test(key)) continue;
      for (const status of ['400', '413', '415']) expect(op.responses[status], `${key} ${status}`).toBeDefined();
    }
  });

  it('declares the response headers clients act on', () => {
    const header = (path: string, method: string, status: string, name: string) =>
      doc.paths[path]?.[method]?.responses[status]?.headers?.[name];
    expect(header('/api/bookings', 'post', '201', 'Idempotent-Replayed')).toBeDefined();
    expect(header('/api/auth/login', 'post', '429', 'Retry-After')).toBeDefined();
    expect(header('/ready', 'get', '503', 'Retry-After')).toBeDefined();
    expect(header('/api/spaces/{spaceId}/reports/monthly', 'get', '200', 'Content-Disposition')).toBeDefined();
    expect(header('/api/bookings/{bookingId}/calendar.ics', 'get', '200', 'Content-Disposition')).toBeDefined();
  });

  it('documents no parameter twice (a path parameter is not also a query parameter)', () => {
    for (const { key, op } of operations()) {
      const names = (op.parameters ?? []).map((p) => p.name.toLowerCase());
      expect(new Set(names).size, key).toBe(names.length);
    }
  });
});

describe('the conformance check', () => {
  const answer = (over: object) => ({
    method: 'GET',
    route: '/api/bookings/:bookingId',
    hidden: false,
    status: 404,
    contentType: 'application/problem+json; charset=utf-8',
    body: Buffer.from(JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404, detail: 'x' })),
    ...over,
  });

  it('accepts a conforming answer and refuses each kind of non-conforming one', () => {
    const check = conformanceChecker(doc);
    expect(check(answer({}))).toEqual([]);
    expect(check(answer({ status: 418 }))[0]).toMatch(/status not declared/);
    expect(check(answer({ contentType: 'application/json' }))[0]).toMatch(/content type application\/json/);
    expect(check(answer({ body: Buffer.from('{"title":"no type"}') }))[0]).toMatch(/does not match the schema/);
    expect(
      check(answer({ status: 200, contentType: 'application/json', body: Buffer.from('{"id":"not-a-uuid"}') }))[0],
    ).toMatch(/does not match the schema/);
    expect(check(answer({ route: '/api/nowhere' }))[0]).toMatch(/not in the document/);
  });

  it('has checked the answers of this file, compressed ones and CSV included, without failures', async () => {
    const space = await createSpace(t, { desks: 1 });
    const user = await registerUser(t);
    await t.http().get('/api/spaces').set('Accept-Encoding', 'br').expect(200);
    await t
      .http()
      .get(`/api/spaces/${space.id}/reports/monthly?month=2027-10&format=csv`)
      .set(auth(t.adminToken))
      .expect(200);
    await t
      .http()
      .post('/api/bookings')
      .set(auth(user.token))
      .set('Content-Type', 'application/xml')
      .send('<x/>')
      .expect(415);
    await t
      .http()
      .post('/api/bookings')
      .set(auth(user.token))
      .send({ deskId: space.deskIds[0], start: 'x'.repeat(2_000_000) })
      .expect(413);
    await t.http().get('/api/me').expect(401);
    expect(t.answers.count()).toBeGreaterThanOrEqual(10);
    expect(t.answers.failures()).toEqual([]);
  });
});
