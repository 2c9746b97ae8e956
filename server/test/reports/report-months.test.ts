/** GET /api/reports/months: every month of a space's (or spaces') life, in the space's zone. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
} from '../harness.js';
import { insertHistory } from './helpers.js';

describe('reports: the months a report can cover', () => {
  let t: TestApp;
  let popup: SpaceFixture;
  let permanent: SpaceFixture;
  let auckland: SpaceFixture;

  beforeAll(async () => {
    t = await startApp({ now: '2026-12-03T10:00:00Z' });
    // the Oestrich-Winkel pilot: 21 June – 21 December 2022
    popup = await createSpace(t, {
      body: { town: 'Oestrich-Winkel', opensOn: '2022-06-21', closesOn: '2022-12-21' },
    });
    permanent = await createSpace(t, { body: { town: 'Dießen am Ammersee', opensOn: '2013-01-07' } });
    auckland = await createSpace(t, { body: { town: 'Auckland', timezone: 'Pacific/Auckland' } });
    // 13:00 UTC on 31 May is 01:00 on 1 June in Auckland: its history begins in June
    await insertHistory(t, {
      spaceId: auckland.id,
      deskId: auckland.deskIds[0]!,
      start: '2026-05-31T13:00:00Z',
      end: '2026-05-31T14:00:00Z',
    });
  });
  afterAll(() => t.close());

  const months = async (query: string, token = t.adminToken) => {
    const res = await t.http().get(`/api/reports/months${query}`).set(auth(token));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  it('offers a pop-up’s whole season, the closing month the last complete one', async () => {
    expect(await months(`?spaceId=${popup.id}`)).toEqual({
      from: '2022-06',
      to: '2022-12',
      current: '2026-12',
      lastComplete: '2022-12',
    });
  });

  it('starts with an imported booking made before the opening', async () => {
    const space = await createSpace(t, { body: { opensOn: '2022-06-21', closesOn: '2022-12-21' } });
    await insertHistory(t, {
      spaceId: space.id,
      deskId: space.deskIds[0]!,
      start: '2022-05-30T08:00:00Z',
      end: '2022-05-30T10:00:00Z',
      status: 'cancelled',
    });
    expect((await months(`?spaceId=${space.id}`)).from).toBe('2022-05');
  });

  it('runs a permanent space to this month, the last complete one before it', async () => {
    expect(await months(`?spaceId=${permanent.id}`)).toEqual({
      from: '2013-01',
      to: '2026-12',
      current: '2026-12',
      lastComplete: '2026-11',
    });
  });

  it('gives this month alone to a space without any data, and to one that opens later', async () => {
    const empty = await createSpace(t);
    const later = await createSpace(t, { body: { opensOn: '2027-03-01' } });
    for (const space of [empty, later]) {
      expect(await months(`?spaceId=${space.id}`)).toEqual({
        from: '2026-12',
        to: '2026-12',
        current: '2026-12',
        lastComplete: '2026-11',
      });
    }
  });

  it('goes by the space’s own zone', async () => {
    expect((await months(`?spaceId=${auckland.id}`)).from).toBe('2026-06');
    // 30 November 12:00 UTC is already 1 December in Auckland, still November in Berlin
    t.setNow('2026-11-30T12:00:00Z');
    try {
      expect(await months(`?spaceId=${auckland.id}`)).toMatchObject({ current: '2026-12', lastComplete: '2026-11' });
      expect(await months(`?spaceId=${permanent.id}`)).toMatchObject({ current: '2026-11', lastComplete: '2026-10' });
    } finally {
      t.setNow('2026-12-03T10:00:00Z');
    }
  });

  it('spans all of a staff member’s spaces without spaceId', async () => {
    const staff = await makeStaff(t, [popup.id, permanent.id]);
    expect(await months('', staff.token)).toEqual({
      from: '2013-01',
      to: '2026-12',
      current: '2026-12',
      lastComplete: '2026-11',
    });
    // two spaces that both closed: up to the later closing
    const closedLater = await createSpace(t, { body: { opensOn: '2023-01-10', closesOn: '2023-03-31' } });
    const both = await makeStaff(t, [popup.id, closedLater.id]);
    expect(await months('', both.token)).toEqual({
      from: '2022-06',
      to: '2023-03',
      current: '2026-12',
      lastComplete: '2023-03',
    });
  });

  it('is for staff of the space, admins and analysts', async () => {
    const coworker = await registerUser(t);
    expectProblem(await t.http().get(`/api/reports/months?spaceId=${popup.id}`).set(auth(coworker.token)), 403);
    expectProblem(await t.http().get('/api/reports/months').set(auth(coworker.token)), 403);
    const otherStaff = await makeStaff(t, [permanent.id]);
    expectProblem(await t.http().get(`/api/reports/months?spaceId=${popup.id}`).set(auth(otherStaff.token)), 403);
    expectProblem(
      await t.http().get('/api/reports/months?spaceId=00000000-0000-4000-8000-000000000000').set(auth(t.adminToken)),
      404,
    );
    expectProblem(await t.http().get('/api/reports/months?spaceId=nope').set(auth(t.adminToken)), 400);
    expectProblem(await t.http().get('/api/reports/months'), 401);
    const analyst = await registerUser(t);
    await t.http().put(`/api/users/${analyst.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
    expect((await months(`?spaceId=${popup.id}`, analyst.token)).from).toBe('2022-06');
  });
});
