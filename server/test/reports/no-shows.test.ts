/** No-shows and check-ins in a space that requires check-in (release after 30 minutes). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpace, registerUser, startApp, type TestApp } from '../harness.js';
import { checkIn, monthly, record } from './helpers.js';

describe('reports: no-shows', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp({ now: '2027-11-01T07:00:00Z' });
  });
  afterAll(() => t.close());

  it('counts released bookings as no-shows, not as bookings or hours', async () => {
    const space = await createSpace(t, {
      desks: 2,
      body: { timezone: 'Europe/Berlin', checkInRequired: true, releaseAfterMinutes: 30 },
    });
    const [a, b, c] = [await registerUser(t), await registerUser(t), await registerUser(t)];
    const [d1, d2] = space.deskIds as [string, string];
    // Wed 3 Nov 2027 (CET): a 09:00–12:00 never checks in; b 09:00–11:00 checks in; c 13:00–15:00 still ahead at 09:31
    await record(t, { deskId: d1, start: '2027-11-03T08:00:00Z', end: '2027-11-03T11:00:00Z', userId: a.id });
    const kept = await record(t, {
      deskId: d2,
      start: '2027-11-03T08:00:00Z',
      end: '2027-11-03T10:00:00Z',
      userId: b.id,
    });
    await record(t, { deskId: d1, start: '2027-11-03T12:00:00Z', end: '2027-11-03T14:00:00Z', userId: c.id });
    t.setNow('2027-11-03T08:10:00Z');
    await checkIn(t, kept);
    await t.app.jobs.runAll(new Date('2027-11-03T08:31:00Z'));

    const nov = await monthly(t, space.id, '2027-11');
    expect(nov).toMatchObject({
      bookings: 2, // b, c
      noShows: 1, // a
      cancellations: 0,
      bookedDeskHours: 4, // b 2 + c 2
      occupiedDeskHours: 2, // b
      uniqueUsers: 2,
      newUsers: 2,
      peakConcurrentDesks: 1,
    });
  });
});
