/**
 * The error format of the whole API (RFC 9457 problem details), unknown routes, and the
 * operational endpoints (health, readiness, OpenAPI docs).
 */
import { randomUUID } from 'node:crypto';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createSpace, expectProblem, isPostgres, registerUser, startApp, type TestApp } from '../harness.js';

describe('problem documents and operational endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  describe('unknown routes', () => {
    it.each([
      ['get', '/api/does-not-exist'],
      ['post', '/api/does-not-exist'],
      ['get', '/api/spaces/00000000-0000-4000-8000-000000000000/unknown'],
      ['delete', '/api/spaces'],
      ['get', '/nothing-here'],
    ] as const)('%s %s answers 404 problem+json', async (method, path) => {
      const body = expectProblem(await t.http()[method](path), 404);
      expect(body.type).toMatch(/^https?:\/\//);
      expect(body.detail).toContain(path);
    });

    it('answers 404 (not 401) for an unknown route under /api without a token', async () => {
      expectProblem(await t.http().get('/api/me/unknown-thing'), 404);
    });
  });

  it('answers every failure with a complete problem document', async () => {
    const space = await createSpace(t, { desks: 1 });
    const coworker = await registerUser(t);
    const failures: [string, supertest.Test, number][] = [
      ['400 validation', t.http().post('/api/spaces').set(auth(t.adminToken)).send({ name: 1 }), 400],
      [
        '400 malformed JSON',
        t.http().post('/api/spaces').set(auth(t.adminToken)).set('Content-Type', 'application/json').send('{"a":'),
        400,
      ],
      ['400 bad id', t.http().get('/api/spaces/abc'), 400],
      ['400 bad query', t.http().get(`/api/spaces/${space.id}/availability?date=2027-02-30`), 400],
      ['401 no token', t.http().get('/api/me'), 401],
      ['401 bad token', t.http().get('/api/me').set(auth('x.y.z')), 401],
      [
        '401 bad login',
        t
          .http()
          .post('/api/auth/login')
          .send({ email: `x-${randomUUID()}@test.popdesk`, password: 'whatever-123' }),
        401,
      ],
      ['403 role', t.http().post('/api/spaces').set(auth(coworker.token)).send({ name: 'x', town: 'y' }), 403],
      ['404 unknown space', t.http().get(`/api/spaces/${randomUUID()}`), 404],
      [
        '409 e-mail taken',
        t
          .http()
          .post('/api/auth/register')
          .send({ email: coworker.email, password: 'long enough password', name: 'Dup' }),
        409,
      ],
      [
        '413 body too large',
        t
          .http()
          .post('/api/auth/register')
          .send({ name: 'x'.repeat(200 * 1024) }),
        413,
      ],
      [
        '415 wrong content type',
        t.http().post('/api/spaces').set(auth(t.adminToken)).set('Content-Type', 'application/xml').send('<x/>'),
        415,
      ],
      [
        '422 business rule',
        t
          .http()
          .post('/api/spaces')
          .set(auth(t.adminToken))
          .send({ name: 'x', town: 'y', opensOn: '2027-12-02', closesOn: '2027-12-01' }),
        422,
      ],
    ];
    for (const [what, request, status] of failures) {
      const res = await request;
      expect(res.status, what).toBe(status);
      expect(String(res.headers['content-type']), what).toMatch(/^application\/problem\+json/);
      expect(res.body, what).toMatchObject({
        type: expect.any(String),
        title: expect.any(String),
        status,
        detail: expect.any(String),
      });
      expect(res.body.title.length, what).toBeGreaterThan(0);
      expect(res.body.detail.length, what).toBeGreaterThan(0);
      expect(JSON.stringify(res.body), what).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack traces
    }
  });

  describe('GET /health and GET /ready', () => {
    it('answers 200 on /health', async () => {
      const res = await t.http().get('/health').expect(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('answers 200 on /ready while the database answers, and names the database', async () => {
      const res = await t.http().get('/ready').expect(200);
      expect(res.body).toEqual({ status: 'ready', database: isPostgres ? 'postgres' : 'pglite' });
    });
  });

  describe('OpenAPI documentation', () => {
    it('serves an OpenAPI 3 document at /docs/json with the contract’s paths', async () => {
      const res = await t.http().get('/docs/json').expect(200);
      expect(res.body.openapi).toMatch(/^3\./);
      const paths = Object.keys(res.body.paths);
      for (const path of [
        '/api/auth/register',
        '/api/auth/login',
        '/api/me',
        '/api/users/{userId}/role',
        '/api/spaces',
        '/api/spaces/{spaceId}',
        '/api/spaces/{spaceId}/availability',
        '/api/spaces/{spaceId}/desks',
        '/api/desks/{deskId}',
        '/api/spaces/{spaceId}/opening-hours',
        '/api/spaces/{spaceId}/closures',
        '/api/spaces/{spaceId}/closures/{date}',
        '/api/bookings',
      ]) {
        expect(paths, path).toContain(path);
      }
    });

    it('declares the error answers a route can give', async () => {
      const { body } = await t.http().get('/docs/json').expect(200);
      expect(Object.keys(body.paths['/api/spaces'].post.responses)).toEqual(
        expect.arrayContaining(['201', '400', '401', '403', '422']),
      );
      expect(Object.keys(body.paths['/api/auth/login'].post.responses)).toEqual(
        expect.arrayContaining(['200', '400', '401', '429']),
      );
      expect(Object.keys(body.paths['/api/desks/{deskId}'].delete.responses)).toEqual(
        expect.arrayContaining(['204', '404', '409']),
      );
    });

    it('serves the interactive docs at /docs', async () => {
      const res = await t.http().get('/docs').redirects(3);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
    });

    it('answers /docs with the UI or a redirect to it', async () => {
      const res = await t.http().get('/docs');
      expect([200, 301, 302, 303, 307, 308]).toContain(res.status);
    });
  });
});
