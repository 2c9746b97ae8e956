/**
 * Weekly series: every Tuesday 09:00–13:00 (Berlin) for 8 weeks, across the change to summer
 * time on 2031-03-30. Each occurrence is a normal booking; `partial` books what it can and lists
 * the rest with reasons, `atomic` books all or nothing.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriesResult } from '@popdesk/shared';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { booked, getBooking, listBookings } from '../bookings/fixtures.js';

const NOW = '2031-03-03T10:00:00Z'; // Monday
const TUESDAYS = 8;
const HORIZON = { bookingHorizonDays: 90 };

describe('POST /api/bookings/series', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: NOW });
  });
  afterAll(() => t.close());

  const series = (token: string, body: Record<string, unknown>) =>
    t.http().post('/api/bookings/series').set(auth(token)).send(body);
  const weekly = (deskId: string, mode: 'atomic' | 'partial', extra: Record<string, unknown> = {}) => ({
    deskId,
    firstDate: '2031-03-04',
    startTime: '09:00',
    endTime: '13:00',
    weeks: TUESDAYS,
    mode,
    ...extra,
  });

  it('books 8 weekly occurrences at the same local time across the DST change', async () => {
    const space = await createSpace(t, { body: HORIZON });
    const user = await registerUser(t);
    const res = await series(user.token, weekly(space.deskIds[0]!, 'atomic'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const body = res.body as SeriesResult;
    expect(body.failed).toEqual([]);
    expect(body.booked).toHaveLength(8);
    expect(body.booked[0]).toMatchObject({
      start: '2031-03-04T08:00:00.000Z',
      end: '2031-03-04T12:00:00.000Z',
      status: 'confirmed',
      userId: user.id,
    });
    expect(body.booked[7]).toMatchObject({ start: '2031-04-22T07:00:00.000Z', end: '2031-04-22T11:00:00.000Z' }); // CEST
    expect(await listBookings(t, user.token)).toHaveLength(8);
  });

  it('partial: one occurrence taken → books 7 and lists the failed one with its reason', async () => {
    const space = await createSpace(t, { body: HORIZON });
    const user = await registerUser(t);
    const other = await registerUser(t);
    await booked(t, other.token, {
      deskId: space.deskIds[0],
      start: '2031-03-18T09:00:00Z',
      end: '2031-03-18T10:00:00Z',
    });
    const res = await series(user.token, weekly(space.deskIds[0]!, 'partial'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const body = res.body as SeriesResult;
    expect(body.booked).toHaveLength(7);
    expect(body.booked.map((b) => b.start)).not.toContain('2031-03-18T08:00:00.000Z');
    expect(body.failed).toEqual([
      {
        date: '2031-03-18',
        start: '2031-03-18T08:00:00.000Z',
        end: '2031-03-18T12:00:00.000Z',
        status: 409,
        reason: 'desk-taken',
        detail: expect.any(String),
      },
    ]);
  });

  it('atomic: one occurrence taken → books none and answers 409 with the list', async () => {
    const space = await createSpace(t, { body: HORIZON });
    const user = await registerUser(t);
    const other = await registerUser(t);
    await booked(t, other.token, {
      deskId: space.deskIds[0],
      start: '2031-04-08T07:00:00Z',
      end: '2031-04-08T08:00:00Z',
    });
    const res = await series(user.token, weekly(space.deskIds[0]!, 'atomic'));
    const problem = expectProblem<{ failed: SeriesResult['failed']; mode: string }>(res, 409);
    expect(problem.mode).toBe('atomic');
    expect(problem.failed).toMatchObject([{ date: '2031-04-08', status: 409, reason: 'desk-taken' }]);
    expect(await listBookings(t, user.token)).toHaveLength(0);
  });

  it('lists rule failures: a closed day and dates beyond the horizon (422 when atomic)', async () => {
    const space = await createSpace(t); // horizon 28 days: until 2031-03-31
    const user = await registerUser(t);
    await t
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(t.adminToken))
      .send({ date: '2031-03-11', reason: 'Stadtfest' })
      .expect(201);
    const atomic = expectProblem<{ failed: SeriesResult['failed'] }>(
      await series(user.token, weekly(space.deskIds[0]!, 'atomic')),
      422,
    );
    expect(atomic.failed.map((f) => [f.date, f.reason])).toEqual([
      ['2031-03-11', 'closed-day'],
      ['2031-04-01', 'beyond-horizon'],
      ['2031-04-08', 'beyond-horizon'],
      ['2031-04-15', 'beyond-horizon'],
      ['2031-04-22', 'beyond-horizon'],
    ]);
    const partial = await series(user.token, weekly(space.deskIds[0]!, 'partial'));
    expect(partial.status).toBe(201);
    expect((partial.body as SeriesResult).booked.map((b) => b.start.slice(0, 10))).toEqual([
      '2031-03-04',
      '2031-03-18',
      '2031-03-25',
    ]);
    expect((partial.body as SeriesResult).failed).toHaveLength(5);
  });

  it('lets the space’s staff book beyond the horizon (a workshop every Tuesday for 12 weeks), and no one else', async () => {
    const space = await createSpace(t); // horizon 28 days: until 2031-03-31
    const staff = await makeStaff(t, [space.id]);
    const elsewhere = await makeStaff(t, [(await createSpace(t)).id]);
    const twelve = weekly(space.deskIds[0]!, 'atomic', { weeks: 12 });
    const res = await series(staff.token, twelve);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const booked = (res.body as SeriesResult).booked.map((b) => b.start.slice(0, 10));
    expect(booked).toHaveLength(12);
    expect(booked.at(-1)).toBe('2031-05-20');
    // staff of another space are coworkers here: the horizon applies to them
    const other = expectProblem<{ failed: SeriesResult['failed'] }>(
      await series(elsewhere.token, weekly(space.deskIds[1]!, 'atomic', { weeks: 12 })),
      422,
    );
    expect(other.failed.map((f) => f.reason)).toEqual(Array(8).fill('beyond-horizon'));
  });

  it('accepts until instead of weeks, and rejects both or neither, and end before start', async () => {
    const space = await createSpace(t, { body: HORIZON });
    const user = await registerUser(t);
    const { weeks: _w, ...noWeeks } = weekly(space.deskIds[0]!, 'atomic');
    const res = await series(user.token, { ...noWeeks, until: '2031-03-18' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((res.body as SeriesResult).booked).toHaveLength(3);
    expectProblem(await series(user.token, noWeeks), 400);
    expectProblem(await series(user.token, { ...noWeeks, weeks: 2, until: '2031-03-18' }), 400);
    expectProblem(
      await series(user.token, weekly(space.deskIds[1]!, 'atomic', { startTime: '13:00', endTime: '09:00' })),
      422,
    );
    expectProblem(await series(user.token, weekly(space.deskIds[1]!, 'atomic', { mode: 'sometimes' })), 400);
  });

  it('every occurrence carries its seriesId (in the answer, the list and one booking); a single booking has null', async () => {
    const space = await createSpace(t, { body: HORIZON });
    const user = await registerUser(t);
    const body = (await series(user.token, weekly(space.deskIds[0]!, 'atomic', { weeks: 2 })).expect(201))
      .body as SeriesResult;
    expect(body.booked.map((b) => b.seriesId)).toEqual([body.seriesId, body.seriesId]);
    const single = await booked(t, user.token, {
      deskId: space.deskIds[1],
      start: '2031-03-05T08:00:00Z',
      end: '2031-03-05T10:00:00Z',
    });
    expect(single).toMatchObject({ seriesId: null });
    const mine = await listBookings(t, user.token);
    expect(Object.fromEntries(mine.map((b) => [b.id, b.seriesId]))).toEqual({
      [body.booked[0]!.id]: body.seriesId,
      [body.booked[1]!.id]: body.seriesId,
      [single.id]: null,
    });
    expect(await getBooking(t, user.token, body.booked[1]!.id)).toMatchObject({ seriesId: body.seriesId });
  });

  it('a replay of an answer stored before bookings had seriesId still answers (migration 0006 fills it in)', async () => {
    const space = await createSpace(t, { body: HORIZON });
    const user = await registerUser(t);
    const body = { deskId: space.deskIds[0], start: '2031-03-06T08:00:00Z', end: '2031-03-06T10:00:00Z' };
    const first = await booked(t, user.token, body, { 'Idempotency-Key': 'before-series-id' });
    // as it was stored before this change
    await t.app.db.execute(
      sql`update idempotency_keys set response = response - 'seriesId' where user_id = ${user.id} and key = 'before-series-id'`,
    );
    const migration = readFileSync(
      new URL('../../../migrations/0006_stored_answers_series_id.sql', import.meta.url),
      'utf8',
    );
    await t.app.db.execute(sql.raw(migration));
    const again = await book(t, user.token, body, { 'Idempotency-Key': 'before-series-id' });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual({ ...first, seriesId: null });
  });

  it('cancels one occurrence, or the rest of the series from a date', async () => {
    const space = await createSpace(t, { body: HORIZON });
    const user = await registerUser(t);
    const stranger = await registerUser(t);
    const body = (await series(user.token, weekly(space.deskIds[0]!, 'atomic')).expect(201)).body as SeriesResult;
    await t.http().post(`/api/bookings/${body.booked[1]!.id}/cancel`).set(auth(user.token)).expect(200);
    expectProblem(
      await t.http().post(`/api/bookings/series/${body.seriesId}/cancel`).set(auth(stranger.token)).send({}),
      404,
    );

    const res = await t
      .http()
      .post(`/api/bookings/series/${body.seriesId}/cancel`)
      .set(auth(user.token))
      .send({ from: '2031-03-25T00:00:00Z' })
      .expect(200);
    expect(res.body.cancelled.map((b: { start: string }) => b.start.slice(0, 10))).toEqual([
      '2031-03-25',
      '2031-04-01',
      '2031-04-08',
      '2031-04-15',
      '2031-04-22',
    ]);
    const statuses = await Promise.all(body.booked.map(async (b) => (await getBooking(t, user.token, b.id)).status));
    expect(statuses).toEqual([
      'confirmed',
      'cancelled',
      'confirmed',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    // without `from`: the rest from now on
    const again = await t.http().post(`/api/bookings/series/${body.seriesId}/cancel`).set(auth(user.token)).expect(200);
    expect(again.body.cancelled.map((b: { start: string }) => b.start.slice(0, 10))).toEqual([
      '2031-03-04',
      '2031-03-18',
    ]);
  });
});
