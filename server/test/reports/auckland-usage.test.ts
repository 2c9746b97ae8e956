/**
 * A space in Pacific/Auckland (UTC+13 in October–December 2027), where local months begin 13 hours
 * before UTC months, and the usage series over months and spaces.
 * 2027: 1 Oct Friday, 1 Nov Monday, 1 Dec Wednesday. Weekdays: Oct 21, Nov 22, Dec 23.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthFigures } from '@popdesk/shared';
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
import { monthly, record } from './helpers.js';

describe('reports: Pacific/Auckland and the usage series', () => {
  let t: TestApp;
  let akl: SpaceFixture;
  let berlin: SpaceFixture;
  let popup: SpaceFixture;
  let staff: TestUser;
  let coworker: TestUser;

  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
    akl = await createSpace(t, { desks: 1, body: { timezone: 'Pacific/Auckland', town: 'Wellington' } });
    berlin = await createSpace(t, { desks: 1, body: { timezone: 'Europe/Berlin' } });
    popup = await createSpace(t, {
      desks: 1,
      body: { timezone: 'Europe/Berlin', opensOn: '2027-11-10', closesOn: '2027-11-20' },
    });
    staff = await makeStaff(t, [akl.id]);
    coworker = await registerUser(t);
    const desk = akl.deskIds[0]!;
    await t
      .http()
      .post(`/api/spaces/${akl.id}/closures`)
      .set(auth(t.adminToken))
      .send({ date: '2027-11-10' })
      .expect(201);
    // B: Fri 29 Oct 14:00–17:00 NZDT = 29 Oct 01:00Z–04:00Z → October
    await record(t, { deskId: desk, start: '2027-10-29T01:00:00Z', end: '2027-10-29T04:00:00Z', userId: coworker.id });
    // A: Mon 1 Nov 09:00–12:00 NZDT = 31 Oct 20:00Z–23:00Z → November locally, October in UTC
    await record(t, { deskId: desk, start: '2027-10-31T20:00:00Z', end: '2027-10-31T23:00:00Z', guestName: 'Guest A' });
    // C: Tue 30 Nov 13:00–17:00 NZDT = 30 Nov 00:00Z–04:00Z → November
    await record(t, { deskId: desk, start: '2027-11-30T00:00:00Z', end: '2027-11-30T04:00:00Z', guestName: 'Guest C' });
    // D: Wed 1 Dec 09:00–10:00 NZDT = 30 Nov 20:00Z–21:00Z → December locally, November in UTC
    await record(t, { deskId: desk, start: '2027-11-30T20:00:00Z', end: '2027-11-30T21:00:00Z', guestName: 'Guest D' });
    // Berlin: one booking Mon 8 Nov 09:00–17:00 CET
    await record(t, {
      deskId: berlin.deskIds[0]!,
      start: '2027-11-08T08:00:00Z',
      end: '2027-11-08T16:00:00Z',
      guestName: 'Guest B',
    });
  });
  afterAll(() => t.close());

  it('uses local months, not UTC months', async () => {
    const nov = await monthly(t, akl.id, '2027-11');
    // 22 weekdays − the closed 10th = 21 × 8 h
    expect(nov).toMatchObject({
      timezone: 'Pacific/Auckland',
      openDays: 21,
      availableDeskHours: 168,
      bookedDeskHours: 7,
      bookings: 2,
    });
    expect(
      Object.fromEntries(nov.byHour.filter((h) => h.bookedDeskHours).map((h) => [h.hour, h.bookedDeskHours])),
    ).toEqual({
      9: 1,
      10: 1,
      11: 1,
      13: 1,
      14: 1,
      15: 1,
      16: 1,
    });
    expect(nov.byWeekday.map((w) => w.bookedDeskHours)).toEqual([3, 4, 0, 0, 0, 0, 0]);
    const oct = await monthly(t, akl.id, '2027-10');
    expect(oct).toMatchObject({
      availableDeskHours: 168,
      bookedDeskHours: 3,
      bookings: 1,
      uniqueUsers: 1,
      newUsers: 1,
    });
  });

  it('gives the series per space and month for staff', async () => {
    const res = await t.http().get(`/api/reports/usage?from=2027-10&to=2027-12`).set(auth(staff.token)).expect(200);
    const rows = res.body as MonthFigures[];
    expect(rows.map((r) => [r.spaceId, r.month, r.bookedDeskHours, r.availableDeskHours, r.bookings])).toEqual([
      [akl.id, '2027-10', 3, 168, 1],
      [akl.id, '2027-11', 7, 168, 2],
      [akl.id, '2027-12', 1, 184, 1],
    ]);
    expect(rows[0]).toMatchObject({ town: 'Wellington', timezone: 'Pacific/Auckland' });
    // the same figures as the monthly report
    const { byWeekday, byHour, byGroup, eventsByKind, eventsByGroup, rooms, ...figures } = await monthly(
      t,
      akl.id,
      '2027-11',
    );
    expect(rows[1]).toEqual(figures);
    expect(byWeekday && byHour && byGroup && eventsByKind && eventsByGroup && rooms).toBeTruthy();
  });

  it('gives admins every space, leaving out months outside a pop-up’s life', async () => {
    const res = await t.http().get(`/api/reports/usage?from=2027-10&to=2027-12`).set(auth(t.adminToken)).expect(200);
    const rows = res.body as MonthFigures[];
    expect(rows.filter((r) => r.spaceId === popup.id).map((r) => r.month)).toEqual(['2027-11']);
    expect(rows.filter((r) => r.spaceId === berlin.id).map((r) => [r.month, r.bookedDeskHours])).toEqual([
      ['2027-10', 0],
      ['2027-11', 8],
      ['2027-12', 0],
    ]);
    // pop-up 10–20 Nov: weekdays 10, 11, 12, 15–19 = 8 days × 8 h
    expect(rows.find((r) => r.spaceId === popup.id)).toMatchObject({ openDays: 8, availableDeskHours: 64 });
    const one = await t
      .http()
      .get(`/api/reports/usage?from=2027-11&to=2027-11&spaceId=${berlin.id}`)
      .set(auth(t.adminToken))
      .expect(200);
    expect(one.body.map((r: MonthFigures) => r.spaceId)).toEqual([berlin.id]);
  });

  it('checks who asks and what', async () => {
    expectProblem(await t.http().get(`/api/reports/usage?from=2027-10&to=2027-12`).set(auth(coworker.token)), 403);
    expectProblem(
      await t.http().get(`/api/reports/usage?from=2027-10&to=2027-12&spaceId=${berlin.id}`).set(auth(staff.token)),
      403,
    );
    expectProblem(
      await t
        .http()
        .get(`/api/reports/usage?from=2027-10&to=2027-12&spaceId=6f1c0000-0000-4000-8000-000000000000`)
        .set(auth(t.adminToken)),
      404,
    );
    expectProblem(await t.http().get(`/api/reports/usage?from=2027-12&to=2027-10`).set(auth(t.adminToken)), 422);
    expectProblem(await t.http().get(`/api/reports/usage?from=2025-01&to=2028-01`).set(auth(t.adminToken)), 422); // 37 months
    await t
      .http()
      .get(`/api/reports/usage?from=2025-01&to=2027-12&spaceId=${akl.id}`)
      .set(auth(t.adminToken))
      .expect(200); // 36
    for (const q of ['from=2027-13&to=2027-12', 'from=2027-1&to=2027-12', 'to=2027-12', 'from=2027-10&to=x']) {
      expectProblem(await t.http().get(`/api/reports/usage?${q}`).set(auth(t.adminToken)), 400);
    }
    expectProblem(await t.http().get(`/api/reports/usage?from=2027-10&to=2027-12`), 401);
  });

  it('guards the monthly report', async () => {
    expectProblem(
      await t.http().get(`/api/spaces/${akl.id}/reports/monthly?month=2027-11`).set(auth(coworker.token)),
      403,
    );
    expectProblem(
      await t.http().get(`/api/spaces/${berlin.id}/reports/monthly?month=2027-11`).set(auth(staff.token)),
      403,
    );
    expectProblem(await t.http().get(`/api/spaces/${akl.id}/reports/monthly?month=2027-11`), 401);
    expectProblem(
      await t
        .http()
        .get(`/api/spaces/6f1c0000-0000-4000-8000-000000000000/reports/monthly?month=2027-11`)
        .set(auth(t.adminToken)),
      404,
    );
    for (const month of ['2027-13', '2027-00', '27-11', '2027-11-01', '']) {
      expectProblem(
        await t.http().get(`/api/spaces/${akl.id}/reports/monthly?month=${month}`).set(auth(t.adminToken)),
        400,
      );
    }
    expectProblem(await t.http().get(`/api/spaces/${akl.id}/reports/monthly`).set(auth(t.adminToken)), 400);
    expectProblem(
      await t.http().get(`/api/spaces/not-a-uuid/reports/monthly?month=2027-11`).set(auth(t.adminToken)),
      400,
    );
  });
});
