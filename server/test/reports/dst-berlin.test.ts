/**
 * A 24-hour space in Europe/Berlin across both DST changes of 2027: 28 March has 23 hours
 * (02:00–03:00 does not exist), 31 October has 25 (02:00–03:00 happens twice). All figures are
 * hand-computed in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReport } from '@popdesk/shared';
import { createSpace, registerUser, startApp, type SpaceFixture, type TestApp, type TestUser } from '../harness.js';
import { ALL_DAY, cancel, checkIn, hoursOf, insertHistory, monthly, record } from './helpers.js';

describe('reports: 24-hour space in Europe/Berlin across DST', () => {
  let t: TestApp;
  let space: SpaceFixture;
  let u1: TestUser;
  let u2: TestUser;
  let oct: MonthlyReport;

  beforeAll(async () => {
    t = await startApp({ now: '2027-09-01T08:00:00Z' });
    space = await createSpace(t, { desks: 2, hours: ALL_DAY, body: { timezone: 'Europe/Berlin' } });
    u1 = await registerUser(t, { group: 'freelancer' });
    u2 = await registerUser(t, { group: 'student' });
    const [d1, d2] = space.deskIds as [string, string];

    // B0 (September, u1's first booking here): 1 h
    await record(t, { deskId: d1, start: '2027-09-10T08:00:00Z', end: '2027-09-10T09:00:00Z', userId: u1.id });
    // B1: 31 Oct 00:00 CEST → 06:00 CET = 22:00Z → 05:00Z = 7 real hours, local hours 0,1,2,2,3,4,5; checked in
    const b1 = await record(t, {
      deskId: d1,
      start: '2027-10-31T00:00:00+02:00',
      end: '2027-10-31T06:00:00+01:00',
      userId: u1.id,
    });
    await checkIn(t, b1);
    // B2: 31 Oct 20:00–22:00 CET = 2 h (hours 20, 21)
    await record(t, {
      deskId: d1,
      start: '2027-10-31T20:00:00+01:00',
      end: '2027-10-31T22:00:00+01:00',
      userId: u1.id,
    });
    // B3 (imported, across the month edge): 31 Oct 23:00 CET → 1 Nov 02:00 CET: 1 h in October (hour 23), 2 h in November
    await insertHistory(t, {
      spaceId: space.id,
      deskId: d1,
      start: '2027-10-31T22:00:00Z',
      end: '2027-11-01T01:00:00Z',
      userId: u2.id,
    });
    // B6 (guest) on desk 2: 31 Oct 01:00 CEST → 04:00 CET = 23:00Z → 03:00Z = 4 h (hours 1,2,2,3); overlaps B1 → peak 2
    await record(t, { deskId: d2, start: '2027-10-30T23:00:00Z', end: '2027-10-31T03:00:00Z', guestName: 'Walk-in' });
    // B4: cancelled, 15 Oct 10:00–12:00 → a cancellation, no hours
    const b4 = await record(t, {
      deskId: d2,
      start: '2027-10-15T10:00:00+02:00',
      end: '2027-10-15T12:00:00+02:00',
      userId: u1.id,
    });
    await cancel(t, b4);
    // B5: 28 Mar 00:00 CET → 06:00 CEST = 23:00Z (27th) → 04:00Z = 5 real hours (hours 0,1,3,4,5)
    await record(t, {
      deskId: d1,
      start: '2027-03-28T00:00:00+01:00',
      end: '2027-03-28T06:00:00+02:00',
      userId: u2.id,
    });
    oct = await monthly(t, space.id, '2027-10');
  });
  afterAll(() => t.close());

  it('counts the 25-hour day in October', () => {
    // 30 days × 24 h + 25 h = 745 h per desk, 2 desks
    expect(oct.openDays).toBe(31);
    expect(oct.availableDeskHours).toBe(1490);
    // B1 7 + B2 2 + B3 1 + B6 4 = 14; only B1 checked in
    expect(oct.bookedDeskHours).toBe(14);
    expect(oct.occupiedDeskHours).toBe(7);
    expect(oct.utilisation).toBeCloseTo(14 / 1490, 15);
    expect(oct.occupancy).toBeCloseTo(7 / 1490, 15);
    expect(oct).toMatchObject({
      month: '2027-10',
      timezone: 'Europe/Berlin',
      bookings: 4, // B1, B2, B3, B6
      cancellations: 1, // B4
      noShows: 0,
      uniqueUsers: 2, // u1, u2 (the guest is no account)
      newUsers: 0, // u1 booked first in September, u2 in March (B5)
      guestBookings: 1,
      peakConcurrentDesks: 2, // B1 and B6
      turnedAway: 0,
    });
  });

  it('puts both passes through 02:00–03:00 into hour 2', () => {
    // available: every hour 31 days × 2 desks = 62, hour 2 once more on 31 Oct = 64
    const available = hoursOf(oct, 'availableDeskHours');
    expect(available[2]).toBe(64);
    for (let h = 0; h < 24; h++) if (h !== 2) expect(available[h]).toBe(62);
    // booked: B1 0,1,2,2,3,4,5; B6 1,2,2,3; B2 20,21; B3 23
    expect(hoursOf(oct, 'bookedDeskHours')).toEqual({ 0: 1, 1: 2, 2: 4, 3: 2, 4: 1, 5: 1, 20: 1, 21: 1, 23: 1 });
    expect(hoursOf(oct, 'occupiedDeskHours')).toEqual({ 0: 1, 1: 1, 2: 2, 3: 1, 4: 1, 5: 1 });
    expect(oct.byHour.map((h) => h.hour)).toEqual([...Array(24).keys()]);
  });

  it('splits by local weekday', () => {
    // October 2027: Fri, Sat, Sun ×5, Mon–Thu ×4; Sunday 31st has 25 h
    expect(oct.byWeekday.map((w) => w.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(oct.byWeekday.map((w) => w.availableDeskHours)).toEqual([192, 192, 192, 192, 240, 240, 242]);
    expect(oct.byWeekday.map((w) => w.bookedDeskHours)).toEqual([0, 0, 0, 0, 0, 0, 14]);
  });

  it('folds groups under 3 users into other', () => {
    // u1 freelancer (B1, B2), u2 student (B3): both groups have 1 user
    expect(oct.byGroup).toEqual([{ group: 'other', users: 2, bookings: 3 }]);
  });

  it('counts the 23-hour day in March', async () => {
    const mar = await monthly(t, space.id, '2027-03');
    // 30 × 24 + 23 = 743 per desk
    expect(mar.availableDeskHours).toBe(1486);
    expect(mar.bookedDeskHours).toBe(5);
    const available = hoursOf(mar, 'availableDeskHours');
    expect(available[2]).toBe(60); // 30 days have an hour 2
    expect(available[3]).toBe(62);
    expect(hoursOf(mar, 'bookedDeskHours')).toEqual({ 0: 1, 1: 1, 3: 1, 4: 1, 5: 1 });
    expect(mar.byWeekday[6]!.availableDeskHours).toBe(4 * 48 - 2); // four Sundays, one of 23 h
    expect(mar).toMatchObject({ bookings: 1, uniqueUsers: 1, newUsers: 1 });
  });

  it('gives November the rest of a booking across the month edge', async () => {
    const nov = await monthly(t, space.id, '2027-11');
    expect(nov.availableDeskHours).toBe(30 * 24 * 2);
    expect(nov.bookedDeskHours).toBe(2); // B3's 00:00–02:00 on 1 November
    expect(hoursOf(nov, 'bookedDeskHours')).toEqual({ 0: 1, 1: 1 });
    expect(nov).toMatchObject({ bookings: 0, uniqueUsers: 0, newUsers: 0, peakConcurrentDesks: 1 });
  });

  it('finds imported bookings longer than two days', async () => {
    const other = await createSpace(t, { desks: 1, hours: ALL_DAY, body: { timezone: 'Europe/Berlin' } });
    // 28 Sep 00:00 CEST → 3 Oct 00:00 CEST: 72 h in September, 48 h in October
    await insertHistory(t, {
      spaceId: other.id,
      deskId: other.deskIds[0]!,
      start: '2027-09-27T22:00:00Z',
      end: '2027-10-02T22:00:00Z',
      userId: u1.id,
    });
    expect(await monthly(t, other.id, '2027-09')).toMatchObject({
      bookedDeskHours: 72,
      bookings: 1,
      peakConcurrentDesks: 1,
    });
    expect(await monthly(t, other.id, '2027-10')).toMatchObject({
      bookedDeskHours: 48,
      bookings: 0,
      peakConcurrentDesks: 1,
    });
    const oct = await monthly(t, other.id, '2027-10');
    expect(oct.byWeekday.map((w) => w.bookedDeskHours)).toEqual([0, 0, 0, 0, 24, 24, 0]); // Fri 1, Sat 2 Oct
  });

  it('September: one booking, one new user', async () => {
    const sep = await monthly(t, space.id, '2027-09');
    expect(sep).toMatchObject({
      bookedDeskHours: 1,
      bookings: 1,
      uniqueUsers: 1,
      newUsers: 1,
      availableDeskHours: 30 * 24 * 2,
    });
  });
});
