/**
 * A weekday pop-up in Europe/Berlin (November 2027, CET, no DST change): opening intervals with a
 * lunch break, the pop-up's life starting mid-month, desks added and retired mid-month, a closure,
 * check-ins, a cancellation, a guest, groups folded, turned-away attempts and waitlist entries.
 * November 2027 starts on a Monday; 11 November (Thursday) is closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReport } from '@popdesk/shared';
import {
  auth,
  book,
  createSpace,
  expectProblem,
  makeStaff,
  registerUser,
  startApp,
  type SpaceFixture,
  type TestApp,
  type TestUser,
} from '../harness.js';
import { cancel, checkIn, hoursOf, insertHistory, monthly, record } from './helpers.js';

const SPLIT_DAY = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, opens: '09:00', closes: '12:00' },
  { weekday, opens: '13:00', closes: '17:00' },
]);
const at = (date: string, time: string) => `${date}T${time}:00+01:00`;

describe('reports: monthly figures of a weekday pop-up', () => {
  let t: TestApp;
  let space: SpaceFixture;
  let desk3: string;
  let staff: TestUser;
  const people: Record<string, TestUser> = {};
  let nov: MonthlyReport;

  beforeAll(async () => {
    t = await startApp({ now: '2027-10-20T10:00:00Z' });
    space = await createSpace(t, {
      desks: 2,
      hours: SPLIT_DAY,
      body: { timezone: 'Europe/Berlin', opensOn: '2027-11-03' },
    });
    const [d1, d2] = space.deskIds as [string, string];
    const addDesk = async (body: object) =>
      (await t.http().post(`/api/spaces/${space.id}/desks`).set(auth(t.adminToken)).send(body).expect(201)).body
        .id as string;
    desk3 = await addDesk({ name: 'Desk 3', activeFrom: '2027-11-15' });
    await addDesk({ name: 'Desk 4', activeUntil: '2027-11-05' });
    staff = await makeStaff(t, [space.id]);
    for (const [key, group] of [
      ['g1', 'commuter'],
      ['g2', 'commuter'],
      ['g3', 'commuter'],
      ['f1', 'freelancer'],
      ['o1', 'other'],
      ['w1', 'student'],
      ['w2', 'student'],
    ] as const) {
      people[key] = await registerUser(t, { group, name: `Person ${key}` });
    }
    const p = people as Record<'g1' | 'g2' | 'g3' | 'f1' | 'o1' | 'w1' | 'w2', TestUser>;

    const k1 = await record(t, {
      deskId: d1,
      start: at('2027-11-08', '09:00'),
      end: at('2027-11-08', '12:00'),
      userId: p.g1.id,
    });
    await checkIn(t, k1);
    await record(t, { deskId: d2, start: at('2027-11-08', '10:30'), end: at('2027-11-08', '12:00'), userId: p.g2.id });
    await record(t, { deskId: d1, start: at('2027-11-08', '13:00'), end: at('2027-11-08', '17:00'), userId: p.g3.id });
    const k4 = await record(t, {
      deskId: desk3,
      start: at('2027-11-15', '09:00'),
      end: at('2027-11-15', '12:00'),
      userId: p.f1.id,
    });
    await checkIn(t, k4);
    await record(t, {
      deskId: d1,
      start: at('2027-11-16', '13:00'),
      end: at('2027-11-16', '14:15'),
      guestName: 'Walk-in Guest',
    });
    const k6 = await record(t, {
      deskId: d2,
      start: at('2027-11-16', '09:00'),
      end: at('2027-11-16', '12:00'),
      userId: p.o1.id,
    });
    await cancel(t, k6);
    await record(t, { deskId: d2, start: at('2027-11-17', '09:00'), end: at('2027-11-17', '12:00'), userId: p.g1.id });
    // K8 (imported) spans the lunch break: only 11–12 and 13–14 are open
    await insertHistory(t, {
      spaceId: space.id,
      deskId: d2,
      start: at('2027-11-18', '11:00'),
      end: at('2027-11-18', '14:00'),
      userId: p.g2.id,
    });
    // K9 is booked before the space closes on the 11th: it counts as a booking, but has no open hours
    await record(t, { deskId: d1, start: at('2027-11-11', '09:00'), end: at('2027-11-11', '12:00'), userId: p.g3.id });
    await t
      .http()
      .post(`/api/spaces/${space.id}/closures`)
      .set(auth(t.adminToken))
      .send({ date: '2027-11-11', reason: 'Holiday' })
      .expect(201);

    // turned away: desk 1 is taken 09:00–12:00 on the 8th → counted
    expectProblem(
      await book(t, t.adminToken, {
        deskId: d1,
        start: at('2027-11-08', '10:00'),
        end: at('2027-11-08', '11:00'),
        userId: p.w1.id,
      }),
      409,
    );
    // g1's own overlap (desk 2 is free 09:00–10:00) → not counted
    expectProblem(
      await book(t, t.adminToken, {
        deskId: d2,
        start: at('2027-11-08', '09:00'),
        end: at('2027-11-08', '10:00'),
        userId: p.g1.id,
      }),
      409,
    );
    // a December attempt does not count in November
    await record(t, { deskId: d1, start: at('2027-12-01', '09:00'), end: at('2027-12-01', '12:00'), userId: p.g1.id });
    expectProblem(
      await book(t, t.adminToken, {
        deskId: d1,
        start: at('2027-12-01', '10:00'),
        end: at('2027-12-01', '11:00'),
        userId: p.w1.id,
      }),
      409,
    );

    // waitlist: w1 and w2 for the 19th, w1 for the 22nd (withdrawn, joins again: still one person-date)
    t.setNow('2027-11-05T08:00:00Z');
    const wait = (user: TestUser, date: string) =>
      t.http().post(`/api/spaces/${space.id}/waitlist`).set(auth(user.token)).send({ date });
    expect((await wait(p.w1, '2027-11-19')).status).toBe(201);
    expect((await wait(p.w2, '2027-11-19')).status).toBe(201);
    const e3 = await wait(p.w1, '2027-11-22');
    expect(e3.status).toBe(201);
    await t.http().delete(`/api/waitlist/${e3.body.id}`).set(auth(p.w1.token)).expect(204);
    expect((await wait(p.w1, '2027-11-22')).status).toBe(201);

    nov = await monthly(t, space.id, '2027-11', staff.token);
  });
  afterAll(() => t.close());

  it('computes available desk-hours from life, closures, hours and desk dates', () => {
    // open days: 3–30 Nov, weekdays, not the 11th → 19; 7 open hours a day
    // 3–5 Nov: desks 1, 2, 4 → 3 × 7 × 3 = 63; 8, 9, 10, 12 Nov: 2 desks → 56; 15–30 Nov: 12 days × 3 desks × 7 = 252
    expect(nov.openDays).toBe(19);
    expect(nov.availableDeskHours).toBe(371);
    expect(nov.byWeekday.map((w) => w.availableDeskHours)).toEqual([77, 77, 77, 63, 77, 0, 0]);
    expect(hoursOf(nov, 'availableDeskHours')).toEqual({ 9: 53, 10: 53, 11: 53, 13: 53, 14: 53, 15: 53, 16: 53 });
  });

  it('computes booked and occupied desk-hours inside opening intervals only', () => {
    // K1 3 + K2 1.5 + K3 4 + K4 3 + K5 1.25 + K7 3 + K8 2 (of 3) + K9 0 (closed day) = 17.75
    expect(nov.bookedDeskHours).toBe(17.75);
    expect(nov.occupiedDeskHours).toBe(6); // K1, K4
    expect(nov.utilisation).toBeCloseTo(17.75 / 371, 15);
    expect(nov.occupancy).toBeCloseTo(6 / 371, 15);
    expect(nov.byWeekday.map((w) => w.bookedDeskHours)).toEqual([11.5, 1.25, 3, 2, 0, 0, 0]);
    expect(nov.byWeekday.map((w) => w.occupiedDeskHours)).toEqual([6, 0, 0, 0, 0, 0, 0]);
    expect(hoursOf(nov, 'bookedDeskHours')).toEqual({ 9: 3, 10: 3.5, 11: 5, 13: 3, 14: 1.25, 15: 1, 16: 1 });
  });

  it('counts bookings, cancellations, people and peaks', () => {
    expect(nov).toMatchObject({
      bookings: 8, // K1–K5, K7, K8, K9
      cancellations: 1, // K6
      noShows: 0,
      uniqueUsers: 4, // g1, g2, g3, f1 (o1 only cancelled; the guest is no account)
      newUsers: 4,
      guestBookings: 1,
      peakConcurrentDesks: 2, // K1 and K2 on the 8th, 10:30–12:00
    });
  });

  it('counts turned-away demand: taken desks and waitlist entries, not own overlaps', () => {
    // 1 attempt (8 Nov) + waitlist w1/19th, w2/19th, w1/22nd
    expect(nov).toMatchObject({ turnedAwayAttempts: 1, waitlistEntries: 3, turnedAway: 4 });
  });

  it('folds groups with fewer than 3 users into other', () => {
    // commuter: g1 (K1, K7), g2 (K2, K8), g3 (K3, K9); freelancer f1 (K4) folded
    expect(nov.byGroup).toEqual([
      { group: 'commuter', users: 3, bookings: 6 },
      { group: 'other', users: 1, bookings: 1 },
    ]);
  });

  it('contains nothing that identifies a person', () => {
    const text = JSON.stringify(nov);
    for (const person of Object.values(people)) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.email);
    }
    expect(text).not.toMatch(/Person |Walk-in Guest/);
  });

  it('counts December on its own', async () => {
    const dec = await monthly(t, space.id, '2027-12');
    expect(dec).toMatchObject({
      bookings: 1,
      bookedDeskHours: 3,
      turnedAwayAttempts: 1,
      waitlistEntries: 0,
      uniqueUsers: 1,
      newUsers: 0,
    });
  });

  it('is empty before the pop-up opens', async () => {
    const oct = await monthly(t, space.id, '2027-10');
    expect(oct).toMatchObject({
      openDays: 0,
      availableDeskHours: 0,
      bookedDeskHours: 0,
      utilisation: 0,
      occupancy: 0,
      bookings: 0,
      byGroup: [],
    });
    expect(oct.byHour).toHaveLength(24);
    expect(oct.byWeekday).toHaveLength(7);
  });
});
