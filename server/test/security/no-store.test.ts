/**
 * Every /api answer to a request that carried a token (an Authorization header, or the secret
 * calendar feed URL) says `Cache-Control: no-store`, errors included: the export, the bookings
 * and the reports must not stay in the disk cache of a shared coworking PC. Public answers to
 * requests without a token keep their caching.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, registerUser, startApp, type TestApp, type TestUser } from '../harness.js';

const THURSDAY = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };

describe('Cache-Control: no-store on answers to requests with a token', () => {
  let t: TestApp;
  let user: TestUser;
  let spaceId: string;
  let bookingId: string;
  beforeAll(async () => {
    t = await startApp();
    user = await registerUser(t);
    const space = await createSpace(t);
    spaceId = space.id;
    const res = await book(t, user.token, { deskId: space.deskIds[0], ...THURSDAY });
    expect(res.status).toBe(201);
    bookingId = res.body.id;
  });
  afterAll(() => t.close());

  const get = (path: string, token: string) => t.http().get(path).set(auth(token));

  it.each([
    ['the caller', '/api/me'],
    ['the personal-data export', '/api/me/export'],
    ['the bookings', '/api/bookings?mine=true'],
    ['the caller’s calendar', '/api/me/calendar.ics'],
  ])('%s (%s)', async (_what, path) => {
    const res = await get(path, user.token);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('one booking, and a space read with a token', async () => {
    const one = await get(`/api/bookings/${bookingId}`, user.token);
    expect(one.status).toBe(200);
    expect(one.headers['cache-control']).toBe('no-store');
    const space = await get(`/api/spaces/${spaceId}`, user.token);
    expect(space.status).toBe(200);
    expect(space.headers['cache-control']).toBe('no-store');
  });

  it('a monthly report as JSON and as CSV', async () => {
    const json = await get(`/api/spaces/${spaceId}/reports/monthly?month=2027-10`, t.adminToken);
    expect(json.status).toBe(200);
    expect(json.headers['cache-control']).toBe('no-store');
    const csv = await get(`/api/spaces/${spaceId}/reports/monthly?month=2027-10&format=csv`, t.adminToken);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['cache-control']).toBe('no-store');
  });

  it('errors too: a 403, a 404 and a 401 for a bad token', async () => {
    const forbidden = await get(`/api/spaces/${spaceId}/reports/monthly?month=2027-10`, user.token);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers['cache-control']).toBe('no-store');
    const missing = await get('/api/bookings/00000000-0000-4000-8000-000000000000', user.token);
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    const bad = await get('/api/me', 'not-a-token');
    expect(bad.status).toBe(401);
    expect(bad.headers['cache-control']).toBe('no-store');
  });

  it('the calendar feed behind its secret URL (the token is in the path)', async () => {
    const me = await get('/api/me', user.token);
    const feedPath = new URL(me.body.calendarUrl as string).pathname;
    const feed = await t.http().get(feedPath);
    expect(feed.status).toBe(200);
    expect(feed.headers['cache-control']).toBe('no-store');
    const unknown = await t.http().get('/api/calendar/AAAAAAAAAAAAAAAAAAAAAA.ics');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
  });

  it('public answers without a token keep their caching', async () => {
    const spaces = await t.http().get('/api/spaces');
    expect(spaces.status).toBe(200);
    expect(spaces.headers['cache-control'] ?? '').not.toMatch(/no-store/);
    const health = await t.http().get('/health');
    expect(health.headers['cache-control'] ?? '').not.toMatch(/no-store/);
  });
});
