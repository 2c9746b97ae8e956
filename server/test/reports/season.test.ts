/** GET /api/reports/season: months side by side with totals, one space or all of the caller's. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeasonReport } from '@popdesk/shared';
import {
  auth,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../harness.js';
import { ALL_DAY, insertHistory } from './helpers.js';

describe('reports: the season', () => {
  let t: TestApp;
  let popup: SpaceFixture;
  let permanent: SpaceFixture;
  let staff: TestUser;

  beforeAll(async () => {
    t = await startApp({ now: '2026-12-03T10:00:00Z' });
    // open around the clock: June 2022 has 30 × 24 h × 2 desks = 1440 desk-hours, July and August 1488
    popup = await createSpace(t, { desks: 2, hours: ALL_DAY, body: { opensOn: '2022-06-01', closesOn: '2022-08-31' } });
    permanent = await createSpace(t, { desks: 1, hours: ALL_DAY });
    staff = await makeStaff(t, [popup.id, permanent.id]);
    const [u1, u2] = [await registerUser(t), await registerUser(t)];
    const at = (space: SpaceFixture, start: string, end: string, userId: string | null, status?: 'checked_in') =>
      insertHistory(t, { spaceId: space.id, deskId: space.deskIds[0]!, start, end, userId, status });
    await at(popup, '2022-06-10T08:00:00Z', '2022-06-10T10:00:00Z', u1!.id, 'checked_in');
    await at(popup, '2022-07-05T08:00:00Z', '2022-07-05T12:00:00Z', u1!.id);
    await insertHistory(t, {
      spaceId: popup.id,
      deskId: popup.deskIds[1]!,
      start: '2022-07-05T09:00:00Z',
      end: '2022-07-05T11:00:00Z',
      userId: u2!.id,
    });
    await at(popup, '2022-07-06T08:00:00Z', '2022-07-06T09:00:00Z', null);
    await at(permanent, '2022-07-07T08:00:00Z', '2022-07-07T10:00:00Z', u1!.id);
    await at(permanent, '2022-08-02T08:00:00Z', '2022-08-02T09:00:00Z', u2!.id);
  });
  afterAll(() => t.close());

  const season = async (query: string, token = t.adminToken): Promise<SeasonReport> => {
    const res = await t.http().get(`/api/reports/season?${query}`).set(auth(token));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as SeasonReport;
  };

  it('puts one space’s months side by side, with the usage series’ figures', async () => {
    const s = await season(`from=2022-05&to=2022-09&spaceId=${popup.id}`);
    expect(s).toMatchObject({ from: '2022-05', to: '2022-09', spaceId: popup.id, timezone: 'Europe/Berlin' });
    expect(s.months.map((m) => m.month)).toEqual(['2022-05', '2022-06', '2022-07', '2022-08', '2022-09']);
    expect(s.months.every((m) => m.complete)).toBe(true);
    // before the opening and after the closing: nothing
    expect(s.months[0]).toMatchObject({ openDays: 0, availableDeskHours: 0, utilisation: 0, bookings: 0 });
    expect(s.months[1]).toMatchObject({ openDays: 30, availableDeskHours: 1440, bookedDeskHours: 2, uniqueUsers: 1 });
    expect(s.months[1]!.occupiedDeskHours).toBe(2);
    expect(s.months[2]).toMatchObject({
      bookedDeskHours: 7,
      bookings: 3,
      guestBookings: 1,
      uniqueUsers: 2,
      newUsers: 1,
      peakConcurrentDesks: 2,
    });
    const usage = await t
      .http()
      .get(`/api/reports/usage?from=2022-05&to=2022-09&spaceId=${popup.id}`)
      .set(auth(t.adminToken))
      .expect(200);
    for (const row of usage.body) {
      const month = s.months.find((m) => m.month === row.month)!;
      for (const key of ['availableDeskHours', 'bookedDeskHours', 'utilisation', 'uniqueUsers', 'newUsers'] as const) {
        expect(month[key], `${row.month} ${key}`).toBe(row[key]);
      }
    }
    // u1 in June and July, u2 in July: two people over the season, not three
    expect(s.totals).toMatchObject({
      openDays: 30 + 31 + 31,
      availableDeskHours: 1440 + 1488 + 1488,
      bookedDeskHours: 9,
      occupiedDeskHours: 2,
      bookings: 4,
      uniqueUsers: 2,
      newUsers: 2,
      peakConcurrentDesks: 2,
    });
    expect(s.totals.utilisation).toBeCloseTo(9 / (1440 + 1488 + 1488), 15);
  });

  it('sums all of the caller’s spaces, people counted once', async () => {
    const s = await season('from=2022-06&to=2022-08', staff.token);
    expect(s).toMatchObject({ spaceId: null, spaceName: null, town: null, timezone: null });
    const july = s.months[1]!;
    // popup: 1488 h, 7 booked, 3 bookings; permanent: 744 h, 2 booked, 1 booking
    expect(july).toMatchObject({
      month: '2022-07',
      availableDeskHours: 1488 + 744,
      bookedDeskHours: 9,
      bookings: 4,
      uniqueUsers: 2, // u1 in both spaces is one person
      newUsers: 2, // u2 new at the pop-up, u1 new at the permanent space
      peakConcurrentDesks: 2,
    });
    expect(july.utilisation).toBeCloseTo(9 / (1488 + 744), 15);
    expect(s.totals).toMatchObject({
      availableDeskHours: 1440 + 1488 + 1488 + 720 + 744 + 744,
      bookedDeskHours: 12,
      bookings: 6,
      uniqueUsers: 2,
      newUsers: 4,
      peakConcurrentDesks: 2,
    });
  });

  it('marks this month and later ones as not complete', async () => {
    t.setNow('2022-07-15T10:00:00Z');
    try {
      const s = await season(`from=2022-06&to=2022-08&spaceId=${popup.id}`);
      expect(s.months.map((m) => m.complete)).toEqual([true, false, false]);
    } finally {
      t.setNow('2026-12-03T10:00:00Z');
    }
  });

  it('answers a machine CSV with a total row', async () => {
    const res = await t
      .http()
      .get(`/api/reports/season?from=2022-06&to=2022-08&spaceId=${popup.id}&format=csv`)
      .set(auth(t.adminToken))
      .expect(200);
    const lines = res.text.split('\r\n');
    expect(lines[0]).toMatch(/^month,complete,openDays,availableDeskHours,/);
    expect(lines[1]).toMatch(/^2022-06,true,30,1440\.00,2\.00,2\.00,/);
    expect(lines[4]).toMatch(/^total,,92,4416\.00,9\.00,/);
  });

  it('keeps to the range limits and the report rules', async () => {
    expectProblem(await t.http().get('/api/reports/season?from=2022-08&to=2022-06').set(auth(t.adminToken)), 422);
    expectProblem(await t.http().get('/api/reports/season?from=2020-01&to=2023-01').set(auth(t.adminToken)), 422);
    expectProblem(await t.http().get('/api/reports/season?from=2022-13&to=2023-01').set(auth(t.adminToken)), 400);
    const coworker = await registerUser(t);
    expectProblem(await t.http().get('/api/reports/season?from=2022-06&to=2022-08').set(auth(coworker.token)), 403);
    const other = await createSpace(t);
    expectProblem(
      await t.http().get(`/api/reports/season?from=2022-06&to=2022-08&spaceId=${other.id}`).set(auth(staff.token)),
      403,
    );
    expectProblem(
      await t
        .http()
        .get('/api/reports/season?from=2022-06&to=2022-08&spaceId=00000000-0000-4000-8000-000000000000')
        .set(auth(t.adminToken)),
      404,
    );
  });
});
