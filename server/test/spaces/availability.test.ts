import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, book, createSpace, expectProblem, registerUser, startApp, type TestApp } from '../harness.js';

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));

describe('GET /api/spaces/:spaceId/availability', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
  });
  afterAll(() => t.close());

  const availability = (spaceId: string, date: string) =>
    t.http().get(`/api/spaces/${spaceId}/availability`).query({ date });
  const addDesk = (spaceId: string, body: Record<string, unknown>) =>
    t.http().post(`/api/spaces/${spaceId}/desks`).set(auth(t.adminToken)).send(body).expect(201);

  it('is public and lists the open time and each desk’s free time', async () => {
    const space = await createSpace(t, { desks: 2 });
    const res = await availability(space.id, '2027-10-21').expect(200);
    const open = [{ start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T15:00:00.000Z' }];
    expect(res.body).toEqual({
      date: '2027-10-21',
      timezone: 'Europe/Berlin',
      open,
      desks: [
        { deskId: space.deskIds[0], name: 'Desk 1', kind: 'desk', seats: null, features: [], free: open, events: [] },
        { deskId: space.deskIds[1], name: 'Desk 2', kind: 'desk', seats: null, features: [], free: open, events: [] },
      ],
    });
  });

  it('takes booked time out of the desk’s free time, and gives back cancelled time', async () => {
    const space = await createSpace(t, { desks: 2 });
    const user = await registerUser(t);
    const booking = await book(t, user.token, {
      deskId: space.deskIds[0],
      start: '2027-10-21T09:00:00Z',
      end: '2027-10-21T11:00:00Z',
    }).expect(201);
    const res = await availability(space.id, '2027-10-21').expect(200);
    const desk1 = res.body.desks.find((d: { deskId: string }) => d.deskId === space.deskIds[0]);
    const desk2 = res.body.desks.find((d: { deskId: string }) => d.deskId === space.deskIds[1]);
    expect(desk1.free).toEqual([
      { start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T09:00:00.000Z' },
      { start: '2027-10-21T11:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
    expect(desk2.free).toEqual([{ start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T15:00:00.000Z' }]);

    await t.http().post(`/api/bookings/${booking.body.id}/cancel`).set(auth(user.token)).expect(200);
    const after = await availability(space.id, '2027-10-21').expect(200);
    expect(after.body.desks.find((d: { deskId: string }) => d.deskId === space.deskIds[0]).free).toEqual([
      { start: '2027-10-21T07:00:00.000Z', end: '2027-10-21T15:00:00.000Z' },
    ]);
  });

  it('has no open time on a weekday without opening hours', async () => {
    const space = await createSpace(t, { desks: 1 }); // Monday to Friday
    const res = await availability(space.id, '2027-10-23').expect(200);
    expect(res.body.open).toEqual([]);
    expect(res.body.desks).toEqual([
      { deskId: space.deskIds[0], name: 'Desk 1', kind: 'desk', seats: null, features: [], free: [], events: [] },
    ]);
  });

  it('has no open time outside the life of a pop-up, and opens on its first and last day', async () => {
    const space = await createSpace(t, {
      desks: 1,
      hours: ALL_WEEK,
      body: { opensOn: '2027-11-01', closesOn: '2027-11-05' },
    });
    for (const date of ['2027-10-25', '2027-10-31', '2027-11-06']) {
      const res = await availability(space.id, date).expect(200);
      expect(res.body.open, date).toEqual([]);
      for (const desk of res.body.desks) expect(desk.free, date).toEqual([]);
    }
    for (const date of ['2027-11-01', '2027-11-05']) {
      const res = await availability(space.id, date).expect(200);
      expect(res.body.open, date).toHaveLength(1);
    }
  });

  it('lists a desk only on the days it is active', async () => {
    const space = await createSpace(t, { desks: 1, hours: ALL_WEEK });
    const later = await addDesk(space.id, { name: 'From November', activeFrom: '2027-11-01' });
    const retiring = await addDesk(space.id, { name: 'Until October', activeUntil: '2027-10-29' });
    const ids = async (date: string) =>
      ((await availability(space.id, date).expect(200)).body.desks as { deskId: string }[]).map((d) => d.deskId).sort();

    expect(await ids('2027-10-29')).toEqual([space.deskIds[0], retiring.body.id].sort());
    expect(await ids('2027-10-30')).toEqual([space.deskIds[0]]);
    expect(await ids('2027-10-31')).toEqual([space.deskIds[0]]);
    expect(await ids('2027-11-01')).toEqual([space.deskIds[0], later.body.id].sort());
  });

  it('shows two opening intervals of a day, with a booking cutting one of them', async () => {
    const space = await createSpace(t, {
      desks: 1,
      hours: [
        { weekday: 4, opens: '08:00', closes: '12:00' },
        { weekday: 4, opens: '13:00', closes: '18:00' },
      ],
    });
    const user = await registerUser(t);
    await book(t, user.token, {
      deskId: space.deskIds[0],
      start: '2027-10-21T11:00:00Z',
      end: '2027-10-21T12:00:00Z',
    }).expect(201);
    const res = await availability(space.id, '2027-10-21').expect(200);
    expect(res.body.open).toEqual([
      { start: '2027-10-21T06:00:00.000Z', end: '2027-10-21T10:00:00.000Z' },
      { start: '2027-10-21T11:00:00.000Z', end: '2027-10-21T16:00:00.000Z' },
    ]);
    expect(res.body.desks[0].free).toEqual([
      { start: '2027-10-21T06:00:00.000Z', end: '2027-10-21T10:00:00.000Z' },
      { start: '2027-10-21T12:00:00.000Z', end: '2027-10-21T16:00:00.000Z' },
    ]);
  });

  it('follows the wall clock on a 25-hour day (Berlin, 2027-10-31) and a 23-hour day (2027-03-28)', async () => {
    const space = await createSpace(t, { desks: 1, hours: [{ weekday: 7, opens: '00:00', closes: '24:00' }] });
    const autumn = await availability(space.id, '2027-10-31').expect(200);
    expect(autumn.body.open).toEqual([{ start: '2027-10-30T22:00:00.000Z', end: '2027-10-31T23:00:00.000Z' }]);
    const spring = await availability(space.id, '2027-03-28').expect(200);
    expect(spring.body.open).toEqual([{ start: '2027-03-27T23:00:00.000Z', end: '2027-03-28T22:00:00.000Z' }]);
  });

  it('uses the space’s own time zone', async () => {
    const space = await createSpace(t, { desks: 1, body: { timezone: 'Pacific/Auckland' } });
    const res = await availability(space.id, '2027-10-21').expect(200);
    expect(res.body.timezone).toBe('Pacific/Auckland');
    // Thursday 09:00–17:00 in Auckland (UTC+13 in October)
    expect(res.body.open).toEqual([{ start: '2027-10-20T20:00:00.000Z', end: '2027-10-21T04:00:00.000Z' }]);
  });

  it.each(['2027-02-30', '2027-13-01', '21.10.2027', '2027-10-1', 'today', '1899-12-31', '9999-12-31'])(
    'answers 400 for date=%s',
    async (date) => {
      const space = await createSpace(t, { desks: 1 });
      const body = expectProblem(await availability(space.id, date), 400);
      expect(body.errors?.map((e) => e.path)).toContain('querystring.date');
    },
  );

  it('answers 400 without a date', async () => {
    const space = await createSpace(t, { desks: 1 });
    expectProblem(await t.http().get(`/api/spaces/${space.id}/availability`), 400);
  });

  it('answers 404 for an unknown space and 400 for a malformed id', async () => {
    const body = expectProblem(await availability(randomUUID(), '2027-10-21'), 404);
    expect(body.type).toMatch(/not-found/);
    expectProblem(await availability('nope', '2027-10-21'), 400);
  });
});
