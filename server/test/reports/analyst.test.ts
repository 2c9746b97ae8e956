/**
 * Analysts (funders, state offices) read every report of every space, in every format, and do
 * nothing else: no management, no bookings or names of others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  book,
  createSpace,
  expectProblem,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../harness.js';
import { getBytes, XLSX } from './export-helpers.js';

describe('reports: the analyst role', () => {
  let t: TestApp;
  let space: SpaceFixture;
  let analyst: TestUser;
  let bookingId: string;

  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
    space = await createSpace(t, { body: { town: 'Wittenberge' } });
    analyst = await registerUser(t, { name: 'Landesamt' });
    await t.http().put(`/api/users/${analyst.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
    const coworker = await registerUser(t, { name: 'Erika Mustermann' });
    const res = await book(t, coworker.token, {
      deskId: space.deskIds[0],
      start: '2027-11-08T08:00:00Z',
      end: '2027-11-08T10:00:00Z',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    bookingId = res.body.id;
  });
  afterAll(() => t.close());

  it('reads any space’s reports in every format', async () => {
    const monthly = await t
      .http()
      .get(`/api/spaces/${space.id}/reports/monthly?month=2027-11`)
      .set(auth(analyst.token))
      .expect(200);
    expect(monthly.body).toMatchObject({ spaceId: space.id, bookings: 1, uniqueUsers: 1, bookedDeskHours: 2 });
    expect(JSON.stringify(monthly.body)).not.toContain('Erika');
    for (const path of [
      `/api/spaces/${space.id}/reports/monthly?month=2027-11&format=csv`,
      `/api/spaces/${space.id}/reports/monthly?month=2027-11&format=csv&layout=wide`,
      `/api/reports/usage?from=2027-11&to=2027-11&format=csv`,
      `/api/reports/season?from=2027-10&to=2027-11&spaceId=${space.id}&format=csv&layout=wide`,
    ]) {
      const res = await getBytes(t, path, analyst.token).expect(200);
      expect(res.headers['content-type'], path).toMatch(/^text\/csv/);
      expect((res.body as Buffer).toString('utf8'), path).not.toContain('Erika');
    }
    for (const path of [
      `/api/spaces/${space.id}/reports/monthly?month=2027-11&format=xlsx`,
      `/api/reports/usage?from=2027-11&to=2027-11&spaceId=${space.id}&format=xlsx`,
      `/api/reports/season?from=2027-10&to=2027-11&format=xlsx`,
    ]) {
      const res = await getBytes(t, path, analyst.token).expect(200);
      expect(res.headers['content-type'], path).toBe(XLSX);
    }
    // every space, not only some: the series for all spaces holds this one
    const usage = await t.http().get('/api/reports/usage?from=2027-11&to=2027-11').set(auth(analyst.token)).expect(200);
    expect(usage.body.map((r: { spaceId: string }) => r.spaceId)).toContain(space.id);
    const season = await t
      .http()
      .get(`/api/reports/season?from=2027-11&to=2027-11&spaceId=${space.id}`)
      .set(auth(analyst.token))
      .expect(200);
    expect(season.body.totals.bookings).toBe(1);
    const months = await t.http().get(`/api/reports/months?spaceId=${space.id}`).set(auth(analyst.token)).expect(200);
    expect(months.body).toMatchObject({ from: '2027-10', to: '2027-10' });
  });

  it('manages nothing', async () => {
    const as = (method: 'patch' | 'post' | 'put', path: string, body: object) =>
      t.http()[method](path).set(auth(analyst.token)).send(body);
    expectProblem(await as('patch', `/api/spaces/${space.id}`, { name: 'Umbenannt' }), 403);
    expectProblem(await as('post', `/api/spaces/${space.id}/desks`, { name: 'Neu' }), 403);
    expectProblem(await as('put', `/api/spaces/${space.id}/opening-hours`, []), 403);
    expectProblem(await as('post', `/api/bookings/${bookingId}/cancel`, {}), 404);
    expectProblem(await as('post', '/api/spaces', { name: 'Neu', town: 'Neu' }), 403);
    const unchanged = await t.http().get(`/api/spaces/${space.id}`).expect(200);
    expect(unchanged.body.name).not.toBe('Umbenannt');
  });

  it('sees no one else’s bookings, names or accounts', async () => {
    const list = await t.http().get(`/api/bookings?spaceId=${space.id}`).set(auth(analyst.token)).expect(200);
    expect(list.body).toEqual([]);
    expectProblem(await t.http().get(`/api/bookings/${bookingId}`).set(auth(analyst.token)), 404);
    expectProblem(await t.http().get('/api/users?q=Erika').set(auth(analyst.token)), 403);
    expectProblem(await t.http().get(`/api/spaces/${space.id}/waitlist?date=2027-11-08`).set(auth(analyst.token)), 403);
    expectProblem(await t.http().get('/api/audit-log').set(auth(analyst.token)), 403);
  });
});
